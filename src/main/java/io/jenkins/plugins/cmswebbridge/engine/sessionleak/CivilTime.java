package io.jenkins.plugins.cmswebbridge.engine.sessionleak;

/**
 * Dates and times of the proleptic Gregorian calendar in UTC, as plain arithmetic on seconds since the epoch: what
 * {@link SyslogLine} needs of {@code java.time}, without building its objects for every line of a large log (a
 * process that starts cold spends long compiling that call tree). {@code CivilTimeTest} checks it day by day against
 * {@code java.time}.
 */
final class CivilTime {

    /** Returned for a date that does not exist, such as February 30. */
    static final long NO_SUCH_DAY = Long.MIN_VALUE;

    private static final int DAYS_PER_400_YEARS = 146_097;
    /** Days from 0000-03-01 to 1970-01-01: the calendar below counts years from March, leap day last. */
    private static final int EPOCH_FROM_MARCH_0000 = 719_468;

    private CivilTime() {}

    /** Days since 1970-01-01, or {@link #NO_SUCH_DAY}. */
    static long epochDay(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) {
            return NO_SUCH_DAY;
        }
        long y = month <= 2 ? year - 1L : year;
        long era = Math.floorDiv(y, 400);
        long yearOfEra = y - era * 400;
        int monthFromMarch = month > 2 ? month - 3 : month + 9;
        long dayOfYear = (153L * monthFromMarch + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * DAYS_PER_400_YEARS + dayOfEra - EPOCH_FROM_MARCH_0000;
    }

    /** The year (UTC) that holds the given second. */
    static int year(long epochSecond) {
        long days = Math.floorDiv(epochSecond, 86_400L) + EPOCH_FROM_MARCH_0000;
        long era = Math.floorDiv(days, DAYS_PER_400_YEARS);
        long dayOfEra = days - era * DAYS_PER_400_YEARS;
        long yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long monthFromMarch = (5 * dayOfYear + 2) / 153;
        long year = yearOfEra + era * 400;
        return (int) (monthFromMarch >= 10 ? year + 1 : year); // January and February belong to the next year
    }

    private static int daysIn(int year, int month) {
        return switch (month) {
            case 2 -> isLeap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    private static boolean isLeap(int year) {
        return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    }
}
