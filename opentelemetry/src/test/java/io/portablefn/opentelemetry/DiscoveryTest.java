package io.portablefn.opentelemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.api.HttpMethod;
import io.portablefn.api.HttpRequest;
import io.portablefn.api.HttpResponse;
import io.portablefn.api.Provider;
import io.portablefn.runtime.HttpFunction;
import io.portablefn.runtime.InvocationObserver;
import io.portablefn.runtime.PortableFunction;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/**
 * On the classpath, the module is found by the runtime: a function defined as the generated code
 * defines it, with no observer named, makes spans with the OpenTelemetry chosen here.
 */
class DiscoveryTest {

    @Test
    void theRuntimeFindsTheModuleByItsWellKnownName() throws Exception {
        assertEquals(InvocationSpans.class.getName(), InvocationObserver.MODULE_CLASS);
        assertNotNull(PortableFunction.OBSERVER, "the runtime did not install the module's observer");
    }

    @Test
    void aFunctionWithoutAnObserverNamedMakesSpansWithTheChosenOpenTelemetry() {
        Spans spans = new Spans();
        PortablefnTracing.use(spans.sdk);
        try {
            HttpFunction.raw("greet", 30, "/greet", EnumSet.of(HttpMethod.GET), (request, context) -> HttpResponse.noContent())
                    .invoke(HttpRequest.builder().method("GET").path("/greet").build(),
                            Spans.context(Provider.GCP, "inv-9", null));
        } finally {
            PortablefnTracing.useGlobal();
        }
        assertEquals("inv-9", spans.only().getAttributes().get(FaasAttributes.FAAS_INVOCATION_ID));
    }

    @Test
    void theGlobalOpenTelemetryIsTheDefaultAndNullIsRefused() {
        assertEquals(io.opentelemetry.api.GlobalOpenTelemetry.get(), PortablefnTracing.openTelemetry());
        NullPointerException refused = assertThrows(NullPointerException.class, () -> PortablefnTracing.use(null));
        assertTrue(refused.getMessage().contains("useGlobal()"), refused.getMessage());
    }
}
