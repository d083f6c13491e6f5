package io.jenkins.plugins.cmswebbridge.engine.sessionleak;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CivilTimeTest {

    @Test
    void everyDayFromYearMinusOneToTenThousandAgreesWithJavaTime() {
        for (LocalDate d = LocalDate.of(-1, 1, 1); d.getYear() <= 10_000; d = d.plusDays(1)) {
            assertEquals(
                    d.toEpochDay(), CivilTime.epochDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth()), d::toString);
            long second = d.atStartOfDay().toEpochSecond(ZoneOffset.UTC);
            assertEquals(d.getYear(), CivilTime.year(second), d::toString);
            assertEquals(d.getYear(), CivilTime.year(second + 86_399), d::toString);
        }
    }

    @Test
    void daysThatDoNotExist() {
        int[][] none = {
            {2021, 2, 29}, {1900, 2, 29}, {2020, 4, 31}, {2020, 13, 1}, {2020, 0, 1}, {2020, 1, 0}, {2020, 1, 32}
        };
        for (int[] d : none) {
            assertEquals(CivilTime.NO_SUCH_DAY, CivilTime.epochDay(d[0], d[1], d[2]));
        }
        assertEquals(LocalDate.of(2000, 2, 29).toEpochDay(), CivilTime.epochDay(2000, 2, 29));
    }
}
