//! axe-core, run inside the real window, finds no WCAG 2.1 A/AA violation
//! on any screen.

use grupo_motor_tests::AppWindow;

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs the display stack: run via make test"]
async fn every_screen_passes_axe_core() {
    let mut app = AppWindow::start("accessibility").await;
    app.find("forum-row").await;
    app.assert_accessible("the forum list").await;

    app.click("new-forum").await;
    app.find("forum-title").await;
    app.assert_accessible("the forum form").await;
    app.click("nav-forums").await;
    app.find("forum-row").await;
    app.find_all("forum-row").await[0].click().await.expect("open a forum");
    app.find("desk-search").await;
    app.keys("rosa").await;
    app.find("desk-result").await;
    app.assert_accessible("the sign-in desk with results").await;
    app.click("desk-new-person").await;
    app.find("person-name").await;
    app.assert_accessible("the new-person form").await;

    for (nav, screen) in [
        ("nav-people", "people-screen"),
        ("nav-feedback", "feedback-screen"),
        ("nav-commitments", "commitments-screen"),
        ("nav-dashboard", "dashboard-screen"),
        ("nav-pack", "pack-screen"),
        ("nav-data", "data-screen"),
    ] {
        app.click(nav).await;
        app.find(screen).await;
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        app.screenshot(screen).await;
        app.assert_accessible(screen).await;
    }

    app.click("nav-people").await;
    app.find("person-row").await;
    app.find_all("person-row").await[0]
        .find(fantoccini::Locator::Css("button"))
        .await
        .expect("name link")
        .click()
        .await
        .expect("open a person");
    app.find("person-heading").await;
    app.assert_accessible("a person's record").await;
    app.close().await;
}
