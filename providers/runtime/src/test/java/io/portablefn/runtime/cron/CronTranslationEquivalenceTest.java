package io.portablefn.runtime.cron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.runtime.cron.CloudSchedules.Schedule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each translation fires at the same minutes as the portable expression: two years (2027 and
 * the leap year 2028) of {@link Cron#next} are compared, minute by minute, with test-only
 * evaluators of each cloud's documented semantics ({@link CloudSchedules}).
 */
class CronTranslationEquivalenceTest {

    private static final LocalDate FROM = LocalDate.of(2027, 1, 1);
    private static final LocalDate UNTIL = LocalDate.of(2029, 1, 1);

    @ParameterizedTest
    @ValueSource(strings = {
        "* * * * *", "*/7 * * * *", "5/15 */5 * * *", "0-30/10 9-17 * * *", "15,45 8,20 * * *",
        "10-20/5,40 */6 1,15 * *", "0 0 * * 5-7", "0 0 * * FRI-SUN", "30 6 * * 0", "30 6 * * 7",
        "0 12 * * */2", "0 12 * * */3", "0 12 * * 1-7/2", "0 9 * * MON/2", "0 0 * * SAT,SUN",
        "*/15 0 * * 6-7", "0 18 * * mon-fri", "0 0 31 * *", "0 0 29 2 *", "0 0 30,31 2,4 *",
        "0 0 */5 * *", "0 0 3/10 * *", "0 0 1-10/3 */2 *", "0 0 1 JAN-MAR,OCT *", "0 0 15 */3 *",
        "0 0 1 FEB/4 *", "59 23 28-31 * *", "@hourly", "@daily", "@weekly", "@monthly", "@yearly",
    })
    void everyTranslationFiresAtTheSameMinutes(String expression) {
        Cron cron = Cron.parse(expression);
        List<String> translations = List.of(cron.toEventBridge(), cron.toNcrontab(), cron.toUnixCron());
        List<Schedule> clouds = List.of(CloudSchedules.eventBridge(translations.get(0)),
                CloudSchedules.ncrontab(translations.get(1)), CloudSchedules.unixCron(translations.get(2)));
        assertNumbersOnly(cron.toNcrontab());
        assertNumbersOnly(cron.toUnixCron());

        long nextFire = cron.next(FROM.atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1)).getEpochSecond();
        int fires = 0;
        boolean[] runsToday = new boolean[clouds.size()];
        for (LocalDate date = FROM; date.isBefore(UNTIL); date = date.plusDays(1)) {
            for (int c = 0; c < clouds.size(); c++) {
                runsToday[c] = clouds.get(c).runsOn(date);
            }
            for (int minuteOfDay = 0; minuteOfDay < 24 * 60; minuteOfDay++) {
                int hour = minuteOfDay / 60;
                int minute = minuteOfDay % 60;
                long now = date.toEpochDay() * 86_400 + minuteOfDay * 60L;
                boolean portable = now == nextFire;
                if (portable) {
                    nextFire = cron.next(Instant.ofEpochSecond(now)).getEpochSecond();
                    fires++;
                }
                for (int c = 0; c < clouds.size(); c++) {
                    boolean fired = runsToday[c] && clouds.get(c).runsAt(hour, minute);
                    if (fired != portable) {
                        assertEquals(portable, fired, translations.get(c) + " at " + Instant.ofEpochSecond(now)
                                + " for " + expression);
                    }
                }
            }
        }
        assertTrue(fires > 0, expression + " never fired");
    }

    private static void assertNumbersOnly(String translated) {
        for (char c : translated.toCharArray()) {
            assertFalse(Character.isLetter(c), translated + " should use numbers only");
        }
    }
}
