//! Chile's national public holidays and business days, for the legal
//! deadlines of rights requests (Ley 21.719: blocking is answered within two
//! business days; business days exclude Saturdays, Sundays and holidays, as
//! in Ley 19.880 Art. 25).
//!
//! Sources: Ley 2.977 (fixed holidays, Holy Week), Ley 19.668 (San Pedro y
//! San Pablo and Encuentro de Dos Mundos move to a Monday: Tuesday to
//! Thursday to the Monday before, Friday to the Monday after; weekends stay),
//! Ley 20.148 (Virgen del Carmen), Ley 20.215 (17 September when it is a
//! Monday, 20 September when it is a Friday), Ley 20.983 (17 September when it
//! is a Friday; 2 January when it is a Monday), Ley 20.299 (Iglesias
//! Evangélicas y Protestantes, 31 October: a Tuesday moves to the Friday
//! before, a Wednesday to the Friday after), Ley 21.357 (Pueblos Indígenas,
//! the winter solstice: 20 or 21 June); dates as published by the Biblioteca
//! del Congreso Nacional (bcn.cl/leychile) and feriados.cl. Election days are
//! Sundays and change nothing here. Regional holidays (Arica, Chillán) do
//! not apply in Maipú.

use chrono::{Datelike, NaiveDate, Weekday};

/// The years the table covers; outside them only weekends and the fixed
/// holidays are known.
pub const YEARS: std::ops::RangeInclusive<i32> = 2025..=2030;

/// (year, month, day) of every national holiday in `YEARS`.
#[rustfmt::skip]
const HOLIDAYS: &[(i32, u32, u32)] = &[
    // 2025
    (2025, 1, 1), (2025, 4, 18), (2025, 4, 19), (2025, 5, 1), (2025, 5, 21), (2025, 6, 20), (2025, 6, 29),
    (2025, 7, 16), (2025, 8, 15), (2025, 9, 18), (2025, 9, 19), (2025, 10, 12), (2025, 10, 31), (2025, 11, 1),
    (2025, 12, 8), (2025, 12, 25),
    // 2026
    (2026, 1, 1), (2026, 4, 3), (2026, 4, 4), (2026, 5, 1), (2026, 5, 21), (2026, 6, 21), (2026, 6, 29),
    (2026, 7, 16), (2026, 8, 15), (2026, 9, 18), (2026, 9, 19), (2026, 10, 12), (2026, 10, 31), (2026, 11, 1),
    (2026, 12, 8), (2026, 12, 25),
    // 2027: 18 September is a Saturday, so Friday the 17th is a holiday too.
    (2027, 1, 1), (2027, 3, 26), (2027, 3, 27), (2027, 5, 1), (2027, 5, 21), (2027, 6, 21), (2027, 6, 28),
    (2027, 7, 16), (2027, 8, 15), (2027, 9, 17), (2027, 9, 18), (2027, 9, 19), (2027, 10, 11), (2027, 10, 31),
    (2027, 11, 1), (2027, 12, 8), (2027, 12, 25),
    // 2028
    (2028, 1, 1), (2028, 4, 14), (2028, 4, 15), (2028, 5, 1), (2028, 5, 21), (2028, 6, 20), (2028, 6, 26),
    (2028, 7, 16), (2028, 8, 15), (2028, 9, 18), (2028, 9, 19), (2028, 10, 9), (2028, 10, 27), (2028, 11, 1),
    (2028, 12, 8), (2028, 12, 25),
    // 2029
    (2029, 1, 1), (2029, 3, 30), (2029, 3, 31), (2029, 5, 1), (2029, 5, 21), (2029, 6, 20), (2029, 7, 2),
    (2029, 7, 16), (2029, 8, 15), (2029, 9, 17), (2029, 9, 18), (2029, 9, 19), (2029, 10, 15), (2029, 11, 1),
    (2029, 11, 2), (2029, 12, 8), (2029, 12, 25),
    // 2030
    (2030, 1, 1), (2030, 4, 19), (2030, 4, 20), (2030, 5, 1), (2030, 5, 21), (2030, 6, 21), (2030, 6, 29),
    (2030, 7, 16), (2030, 8, 15), (2030, 9, 18), (2030, 9, 19), (2030, 9, 20), (2030, 10, 12), (2030, 10, 31),
    (2030, 11, 1), (2030, 12, 8), (2030, 12, 25),
];

/// Holidays on the same day every year (for years outside the table).
const FIXED: &[(u32, u32)] = &[(1, 1), (5, 1), (5, 21), (7, 16), (8, 15), (9, 18), (9, 19), (11, 1), (12, 8), (12, 25)];

pub fn is_holiday(date: NaiveDate) -> bool {
    let (year, month, day) = (date.year(), date.month(), date.day());
    if YEARS.contains(&year) {
        HOLIDAYS.contains(&(year, month, day))
    } else {
        FIXED.contains(&(month, day))
    }
}

pub fn is_business_day(date: NaiveDate) -> bool {
    !matches!(date.weekday(), Weekday::Sat | Weekday::Sun) && !is_holiday(date)
}

/// The `n`th business day after `from` (`from` itself never counts: a
/// request received on a Friday afternoon has Monday as its first day).
pub fn add_business_days(from: NaiveDate, n: u32) -> NaiveDate {
    let mut day = from;
    let mut left = n;
    while left > 0 {
        match day.succ_opt() {
            Some(next) => day = next,
            None => return day,
        }
        if is_business_day(day) {
            left -= 1;
        }
    }
    day
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Days;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("date")
    }

    /// Easter Sunday (the anonymous Gregorian algorithm), to check the table.
    fn easter(year: i32) -> NaiveDate {
        let a = year % 19;
        let b = year / 100;
        let c = year % 100;
        let dd = b / 4;
        let e = b % 4;
        let f = (b + 8) / 25;
        let g = (b - f + 1) / 3;
        let h = (19 * a + b - dd - g + 15) % 30;
        let i = c / 4;
        let k = c % 4;
        let l = (32 + 2 * e + 2 * i - h - k) % 7;
        let m = (a + 11 * h + 22 * l) / 451;
        let month = (h + l - 7 * m + 114) / 31;
        let day = (h + l - 7 * m + 114) % 31 + 1;
        d(year, month as u32, day as u32)
    }

    /// Ley 19.668's Monday rule.
    fn to_monday(date: NaiveDate) -> NaiveDate {
        match date.weekday() {
            Weekday::Tue => date - Days::new(1),
            Weekday::Wed => date - Days::new(2),
            Weekday::Thu => date - Days::new(3),
            Weekday::Fri => date + Days::new(3),
            _ => date,
        }
    }

    /// Every holiday of `year` from the laws' rules, independently of the table.
    fn by_the_rules(year: i32) -> Vec<NaiveDate> {
        let mut days: Vec<NaiveDate> = FIXED.iter().map(|(m, day)| d(year, *m, *day)).collect();
        let sunday = easter(year);
        days.extend([sunday - Days::new(2), sunday - Days::new(1)]);
        // Ley 21.357: the winter solstice in Chile (20 June in 2025, 2028 and 2029).
        days.push(d(year, 6, if matches!(year % 4, 2 | 3) { 21 } else { 20 }));
        days.push(to_monday(d(year, 6, 29)));
        days.push(to_monday(d(year, 10, 12)));
        let reformation = d(year, 10, 31);
        days.push(match reformation.weekday() {
            Weekday::Tue => reformation - Days::new(4),
            Weekday::Wed => reformation + Days::new(2),
            _ => reformation,
        });
        if matches!(d(year, 9, 18).weekday(), Weekday::Tue | Weekday::Sat) {
            days.push(d(year, 9, 17));
        }
        if d(year, 9, 19).weekday() == Weekday::Thu {
            days.push(d(year, 9, 20));
        }
        if d(year, 1, 2).weekday() == Weekday::Mon {
            days.push(d(year, 1, 2));
        }
        days.sort();
        days
    }

    #[test]
    fn the_table_agrees_with_the_laws_rules_every_year() {
        for year in YEARS {
            let table: Vec<NaiveDate> =
                HOLIDAYS.iter().filter(|(y, ..)| *y == year).map(|(y, m, day)| d(*y, *m, *day)).collect();
            assert_eq!(table, by_the_rules(year), "{year}");
        }
    }

    #[test]
    fn the_movable_holidays_of_2026_and_2027_fall_where_the_calendar_says() {
        for (y, m, day) in [
            (2026, 4, 3),   // Viernes Santo
            (2026, 4, 4),   // Sábado Santo
            (2026, 6, 21),  // Pueblos Indígenas (a Sunday)
            (2026, 6, 29),  // San Pedro y San Pablo, already a Monday
            (2026, 10, 12), // Encuentro de Dos Mundos, already a Monday
            (2026, 10, 31), // Iglesias Evangélicas, a Saturday
            (2027, 3, 26),
            (2027, 3, 27),
            (2027, 6, 28),  // from Tuesday 29-06 to the Monday before
            (2027, 9, 17),  // the Friday before a Saturday 18
            (2027, 10, 11), // from Tuesday 12-10 to the Monday before
        ] {
            assert!(is_holiday(d(y, m, day)), "{day}-{m}-{y}");
        }
        assert!(!is_holiday(d(2027, 6, 29)), "moved away");
        assert!(!is_holiday(d(2027, 10, 12)), "moved away");
        assert!(is_holiday(d(2029, 11, 2)) && !is_holiday(d(2029, 10, 31)), "a Wednesday 31-10 moves to Friday");
        assert!(is_holiday(d(2028, 10, 27)) && !is_holiday(d(2028, 10, 31)), "a Tuesday 31-10 moves back");
        assert!(is_holiday(d(2031, 12, 25)) && !is_holiday(d(2031, 12, 24)), "fixed holidays beyond the table");
    }

    #[test]
    fn business_days_skip_weekends_and_holidays() {
        // Thursday 02-04-2026, before Holy Week's Friday and Saturday.
        assert_eq!(add_business_days(d(2026, 4, 2), 2), d(2026, 4, 7));
        // Friday: Monday and Tuesday.
        assert_eq!(add_business_days(d(2026, 11, 27), 2), d(2026, 12, 1));
        // Received on a holiday (Tuesday 08-12-2026): Wednesday and Thursday.
        assert_eq!(add_business_days(d(2026, 12, 8), 2), d(2026, 12, 10));
        // Thursday 24-12-2026: Christmas Friday, the weekend, then Monday and Tuesday.
        assert_eq!(add_business_days(d(2026, 12, 24), 2), d(2026, 12, 29));
        // Thursday 16-09-2027: Friday 17 to Sunday 19 are all holidays or weekend.
        assert_eq!(add_business_days(d(2027, 9, 16), 2), d(2027, 9, 21));
        assert!(!is_business_day(d(2026, 12, 5)), "a Saturday");
        assert!(is_business_day(d(2026, 12, 7)));
    }
}
