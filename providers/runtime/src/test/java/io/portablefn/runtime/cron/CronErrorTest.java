package io.portablefn.runtime.cron;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.runtime.cron.CronException.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One test per kind of error: the kind, and the fragments of the reason a user needs. */
class CronErrorTest {

    private static CronException reject(String expression, Kind kind, String... fragments) {
        CronException e = assertThrows(CronException.class, () -> Cron.parse(expression));
        assertEquals(kind, e.kind(), e.reason());
        for (String fragment : fragments) {
            assertTrue(e.reason().contains(fragment), "'" + fragment + "' not in: " + e.reason());
        }
        return e;
    }

    @Test
    void wrongFieldCountNamesTheFiveFields() {
        reject("0 2 * *", Kind.FIELD_COUNT, "4 fields", "exactly 5", "minute hour day-of-month month day-of-week");
        reject("", Kind.FIELD_COUNT, "empty", "@daily");
        reject(null, Kind.FIELD_COUNT, "empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0 0 2 * * *", "0 2 * * ? 2025", "0 0 2 * * ? *"})
    void secondsAndYearsAreNotPortable(String expression) {
        reject(expression, Kind.FIELD_COUNT, "Seconds and years are not portable", "Azure's NCRONTAB has a seconds field",
                "EventBridge has a year field", "Cloud Scheduler's unix-cron has neither");
    }

    @Test
    void cloudSyntaxIsNotAccepted() {
        reject("cron(0 2 * * ? *)", Kind.MALFORMED, "parentheses", "'30 2 * * *'");
    }

    @Test
    void unknownAliasListsTheKnownOnes() {
        reject("@reboot", Kind.UNKNOWN_ALIAS, "'@reboot'", "@hourly", "@daily", "@weekly", "@monthly", "@yearly");
    }

    @Test
    void quartzSymbolsAreNotPortableAndSayWhichCloudsLackThem() {
        reject("0 2 ? * MON", Kind.NOT_PORTABLE, "day of month '?'", "write '*' instead", "NCRONTAB", "unix-cron");
        reject("0 2 L * *", Kind.NOT_PORTABLE, "'L' (last day)", "EventBridge knows it");
        reject("0 2 * * 5L", Kind.NOT_PORTABLE, "day of week '5L'", "'L'");
        reject("0 2 15W * *", Kind.NOT_PORTABLE, "'W' (nearest weekday)");
        reject("0 2 LW * *", Kind.NOT_PORTABLE, "'L'");
        reject("0 2 * * MON#1", Kind.NOT_PORTABLE, "'#' (nth weekday", "Cloud Scheduler's unix-cron do not");
    }

    @Test
    void outOfRangeValuesSayWhatTheFieldAllows() {
        reject("60 * * * *", Kind.OUT_OF_RANGE, "minute '60'", "allows 0-59");
        reject("0 24 * * *", Kind.OUT_OF_RANGE, "hour '24'", "allows 0-23");
        reject("0 0 0 * *", Kind.OUT_OF_RANGE, "day of month '0'", "allows 1-31");
        reject("0 0 * 1-13 *", Kind.OUT_OF_RANGE, "month '1-13'", "13 is out of range", "JAN-DEC");
        reject("0 0 * * 8", Kind.OUT_OF_RANGE, "day of week '8'", "0 and 7 are Sunday");
        reject("99999999999 * * * *", Kind.OUT_OF_RANGE, "minute");
    }

    @Test
    void backwardRangesShowTheWrappedForm() {
        reject("0 22-2 * * *", Kind.BACKWARD_RANGE, "hour '22-2'", "runs backwards", "22-23,0-2");
        reject("0 0 * * SAT-MON", Kind.BACKWARD_RANGE, "6-1");
    }

    @Test
    void stepsMustFitTheField() {
        reject("*/0 * * * *", Kind.BAD_STEP, "minute '*/0'", "step '0'", "1 to 59");
        reject("0 */24 * * *", Kind.BAD_STEP, "1 to 23");
        reject("0 0 * * */x", Kind.BAD_STEP, "step 'x'");
        reject("0 0 1/ * *", Kind.BAD_STEP, "step ''");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,,5 * * * *", "1, * * * *", ",1 * * * *"})
    void emptyListItemsAreRejected(String expression) {
        reject(expression, Kind.EMPTY_ITEM, "minute", "empty item", "single commas");
    }

    @Test
    void unknownNamesSayWhichNamesExist() {
        reject("0 0 * JANUARY *", Kind.UNKNOWN_NAME, "'JANUARY' is not a number or a month name", "JAN-DEC");
        reject("0 0 * * MONDAY", Kind.UNKNOWN_NAME, "SUN-SAT");
        reject("x * * * *", Kind.UNKNOWN_NAME, "minute 'x'", "is not a number", "0-59");
        reject("0 0 * MON *", Kind.UNKNOWN_NAME, "month 'MON'");
    }

    @Test
    void malformedItemsShowTheAllowedForms() {
        reject("*,5 * * * *", Kind.MALFORMED, "cannot be one item of a list");
        reject("1-2-3 * * * *", Kind.MALFORMED, "more than one '-'");
        reject("5- * * * *", Kind.MALFORMED, "missing a number", "*/15");
    }

    @Test
    void restrictingBothDayFieldsIsRejectedBecauseTheCloudsDisagree() {
        reject("0 0 1 * MON", Kind.BOTH_DAYS, "day of month '1' and day of week 'MON'", "EITHER", "BOTH",
                "EventBridge refuses", "restrict only one");
        // Even a full range counts as restricted: unix-cron would OR it with the day of month.
        reject("0 0 1-31 * 0-6", Kind.BOTH_DAYS);
    }

    @Test
    void schedulesThatCanNeverRunAreRejected() {
        reject("0 0 30 2 *", Kind.NEVER_FIRES, "day of month '30'", "'2'", "never run");
        reject("0 0 31 APR,JUN,SEP,NOV *", Kind.NEVER_FIRES, "30");
        assertDoesNotThrow(() -> Cron.parse("0 0 29 2 *"));
        assertDoesNotThrow(() -> Cron.parse("0 0 31 2,3 *"));
    }

    @Test
    void theMessageQuotesTheWholeExpression() {
        CronException e = reject("  0 24 * * * ", Kind.OUT_OF_RANGE);
        assertEquals("0 24 * * *", e.expression());
        assertEquals("Invalid schedule '0 24 * * *': " + e.reason(), e.getMessage());
    }
}
