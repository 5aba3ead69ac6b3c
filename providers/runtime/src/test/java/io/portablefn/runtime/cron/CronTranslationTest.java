package io.portablefn.runtime.cron;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The exact strings the provider generators embed, one row per portable expression. */
class CronTranslationTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # portable           | EventBridge                         | NCRONTAB                 | unix-cron
        0 2 * * *            | cron(0 2 * * ? *)                   | 0 0 2 * * *              | 0 2 * * *
        30 2 * * MON-FRI     | cron(30 2 ? * MON-FRI *)            | 0 30 2 * * 1-5           | 30 2 * * 1-5
        0 18 * * mon-fri     | cron(0 18 ? * MON-FRI *)            | 0 0 18 * * 1-5           | 0 18 * * 1-5
        @hourly              | cron(0 * * * ? *)                   | 0 0 * * * *              | 0 * * * *
        @daily               | cron(0 0 * * ? *)                   | 0 0 0 * * *              | 0 0 * * *
        @midnight            | cron(0 0 * * ? *)                   | 0 0 0 * * *              | 0 0 * * *
        @weekly              | cron(0 0 ? * SUN *)                 | 0 0 0 * * 0              | 0 0 * * 0
        @monthly             | cron(0 0 1 * ? *)                   | 0 0 0 1 * *              | 0 0 1 * *
        @yearly              | cron(0 0 1 1 ? *)                   | 0 0 0 1 1 *              | 0 0 1 1 *
        @Annually            | cron(0 0 1 1 ? *)                   | 0 0 0 1 1 *              | 0 0 1 1 *
        */15 * * * *         | cron(0/15 * * * ? *)                | 0 */15 * * * *           | */15 * * * *
        0 */6 * * *          | cron(0 0/6 * * ? *)                 | 0 0 */6 * * *            | 0 */6 * * *
        0 0 */2 * *          | cron(0 0 1/2 * ? *)                 | 0 0 0 */2 * *            | 0 0 */2 * *
        0 0 1 */3 *          | cron(0 0 1 1/3 ? *)                 | 0 0 0 1 */3 *            | 0 0 1 */3 *
        5/20 * * * *         | cron(5/20 * * * ? *)                | 0 5-59/20 * * * *        | 5-59/20 * * * *
        0-30/10 9-17 * * *   | cron(0,10,20,30 9-17 * * ? *)       | 0 0-30/10 9-17 * * *     | 0-30/10 9-17 * * *
        10-20/5,40 * * * *   | cron(10,15,20,40 * * * ? *)         | 0 10-20/5,40 * * * *     | 10-20/5,40 * * * *
        15,45 8,20 * * *     | cron(15,45 8,20 * * ? *)            | 0 15,45 8,20 * * *       | 15,45 8,20 * * *
        0 8 1,15 jan-mar,OCT * | cron(0 8 1,15 1-3,10 ? *)         | 0 0 8 1,15 1-3,10 *      | 0 8 1,15 1-3,10 *
        0 0 1-10/3 * *       | cron(0 0 1,4,7,10 * ? *)            | 0 0 0 1-10/3 * *         | 0 0 1-10/3 * *
        0 0 * * 5-7          | cron(0 0 ? * SUN,FRI-SAT *)         | 0 0 0 * * 0,5-6          | 0 0 * * 0,5-6
        0 0 * * FRI-SUN      | cron(0 0 ? * SUN,FRI-SAT *)         | 0 0 0 * * 0,5-6          | 0 0 * * 0,5-6
        0 0 * * SAT,SUN      | cron(0 0 ? * SUN,SAT *)             | 0 0 0 * * 0,6            | 0 0 * * 0,6
        0 9 * * 7            | cron(0 9 ? * SUN *)                 | 0 0 9 * * 0              | 0 9 * * 0
        0 12 * * */2         | cron(0 12 ? * SUN,TUE,THU,SAT *)    | 0 0 12 * * */2           | 0 12 * * */2
        0 12 * * 1-7/2       | cron(0 12 ? * SUN-MON,WED,FRI *)    | 0 0 12 * * 0-1,3,5       | 0 12 * * 0-1,3,5
        0 9 * * MON/2        | cron(0 9 ? * SUN-MON,WED,FRI *)     | 0 0 9 * * 0-1,3,5        | 0 9 * * 0-1,3,5
        0 0 29 2 *           | cron(0 0 29 2 ? *)                  | 0 0 0 29 2 *             | 0 0 29 2 *
        """)
    void translatesToEachCloud(String portable, String eventBridge, String ncrontab, String unixCron) {
        Cron cron = Cron.parse(portable);
        assertEquals(eventBridge, cron.toEventBridge(), "EventBridge");
        assertEquals(ncrontab, cron.toNcrontab(), "NCRONTAB");
        assertEquals(unixCron, cron.toUnixCron(), "unix-cron");
        assertEquals(portable, cron.expression());
    }

    @Test
    void keepsTheExpressionTrimmedAndAcceptsAnyWhitespaceBetweenFields() {
        Cron cron = Cron.parse("  30\t2  * *   1 \n");
        assertEquals("30\t2  * *   1", cron.expression());
        assertEquals("30 2 * * 1", cron.toUnixCron());
        assertEquals("30\t2  * *   1", cron.toString());
    }
}
