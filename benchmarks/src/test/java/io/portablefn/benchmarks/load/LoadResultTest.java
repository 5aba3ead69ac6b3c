package io.portablefn.benchmarks.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The load benchmark refuses to report a run that did not measure what it claims. */
class LoadResultTest {

    private static LoadResult.Client client(int answered, long errors) {
        LoadResult.Client client = new LoadResult.Client();
        for (int i = 0; i < answered; i++) {
            client.add(answered - i);
        }
        client.errors = errors;
        return client;
    }

    @Test
    void aRunWithoutAnsweredRequestsFails() {
        LoadResult nothing = new LoadResult();
        nothing.add(client(0, 0));
        assertTrue(nothing.failures(0.001).contains("no request was answered"), nothing.failures(0.001).toString());
    }

    @Test
    void aRunWithMoreErrorsThanAllowedFailsAndOneWithinPasses() {
        LoadResult noisy = new LoadResult();
        noisy.add(client(998, 2));
        assertEquals(1, noisy.failures(0.001).size(), noisy.failures(0.001).toString());
        assertEquals(List.of(), noisy.failures(0.002));
    }

    @Test
    void latenciesOfEveryClientAreGatheredAndSorted() {
        LoadResult result = new LoadResult();
        result.add(client(3, 0));
        result.add(client(2000, 0));
        long[] all = result.sortedLatencies();
        assertEquals(2003, all.length);
        assertArrayEquals(new long[] {1, 1, 2, 2, 3, 3, 4}, java.util.Arrays.copyOf(all, 7));
    }

    @Test
    void optionsHaveTheDocumentedDefaultsAndRefuseUnknownOnes() {
        Options defaults = Options.parse(new String[0]);
        assertEquals(60, defaults.seconds);
        assertEquals(200, defaults.clients);
        assertEquals(20, Options.parse(new String[] {"--seconds", "20"}).seconds);
        assertThrows(IllegalArgumentException.class, () -> Options.parse(new String[] {"--secs", "20"}));
        assertThrows(IllegalArgumentException.class, () -> Options.parse(new String[] {"--clients", "0"}));
        assertEquals("256m", Options.parse(new String[] {"--server-heap", "256m"}).serverHeap);
        assertThrows(IllegalArgumentException.class, () -> Options.parse(new String[] {"--server-heap", "-XX:+Evil"}));
    }
}
