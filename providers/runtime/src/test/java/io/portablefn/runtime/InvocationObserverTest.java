package io.portablefn.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.api.DropEventException;
import io.portablefn.api.HttpException;
import io.portablefn.api.HttpMethod;
import io.portablefn.api.HttpRequest;
import io.portablefn.api.HttpResponse;
import io.portablefn.api.Message;
import io.portablefn.api.ScheduleEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hook: what an observer is told around each handler call, and that it cannot break one. */
class InvocationObserverTest {

    private final TestContexts.RecordingLogger logger = new TestContexts.RecordingLogger();
    private final RecordingObserver observer = new RecordingObserver();
    private final List<String> order = observer.seen;

    private HttpFunction http(io.portablefn.api.HttpHandler handler) {
        return HttpFunction.raw("items", 60, "/items/{id}", EnumSet.of(HttpMethod.GET), handler).observedBy(observer);
    }

    private static HttpRequest get(String path) {
        return HttpRequest.builder().method("GET").path(path).build();
    }

    @Test
    void theModuleIsNotOnTheRuntimesClassPathSoNothingIsInstalled() {
        assertNull(PortableFunction.OBSERVER);
    }

    @Test
    void anHttpHandlerRunsBetweenStartAndEndOnOneThreadWithTheRoutedRequest() {
        var context = TestContexts.context(logger);
        HttpResponse response = http((request, ctx) -> {
            order.add("handler " + request.pathParameter("id").orElseThrow());
            return HttpResponse.ok().text("fine");
        }).invoke(get("/items/7"), context);
        assertEquals(200, response.status());
        assertEquals(List.of("started items", "handler 7", "answered 200"), order);
        assertEquals("7", ((HttpRequest) observer.events.get(0)).pathParameter("id").orElseThrow());
        assertSame(context, observer.contexts.get(0));
        assertEquals(List.of(Thread.currentThread(), Thread.currentThread()), observer.threads);
        assertNull(observer.failures.get(0));
    }

    @Test
    void aThrowIsTheFailureOfThe500AndADeclaredErrorIsNone() {
        IllegalStateException boom = new IllegalStateException("boom");
        assertEquals(500, http((request, ctx) -> { throw boom; }).invoke(get("/items/1"), TestContexts.context(logger))
                .status());
        assertEquals(404, http((request, ctx) -> { throw new HttpException(404, "no such item"); })
                .invoke(get("/items/2"), TestContexts.context(logger)).status());
        assertEquals(List.of("started items", "answered 500", "started items", "answered 404"), order);
        assertSame(boom, observer.failures.get(0));
        assertNull(observer.failures.get(1));
    }

    @Test
    void unroutedRequestsRunNoHandlerAndAreNotObserved() {
        HttpFunction function = http((request, ctx) -> HttpResponse.noContent());
        assertEquals(404, function.invoke(get("/elsewhere"), TestContexts.context(logger)).status());
        assertEquals(405, function.invoke(HttpRequest.builder().method("POST").path("/items/1").build(),
                TestContexts.context(logger)).status());
        assertEquals(List.of(), order);
    }

    @Test
    void eachEventOutcomeIsToldWithWhatWasThrown() {
        RuntimeException failure = new RuntimeException("no stock");
        List<Object> behaviours = new ArrayList<>(List.of("ok", new DropEventException("duplicate"), failure));
        EventFunction function = EventFunction.messages("orders", 60, EventFunction.Kind.QUEUE, (message, ctx) -> {
            Object next = behaviours.remove(0);
            if (next instanceof RuntimeException thrown) {
                throw thrown;
            }
        }).observedBy(observer);
        for (String id : List.of("m1", "m2", "m3")) {
            function.deliver(Message.builder().id(id).body("{}").build(), TestContexts.context(logger));
        }
        assertEquals(List.of("started orders", "handled ACKNOWLEDGED", "started orders", "handled DROPPED",
                "started orders", "handled FAILED"), order);
        assertEquals("m2", ((Message) observer.events.get(1)).id());
        assertNull(observer.failures.get(1));
        assertSame(failure, observer.failures.get(2));
    }

    @Test
    void aScheduleFiringIsObservedWithItsEvent() {
        ScheduleEvent firing = new ScheduleEvent("f-1", Instant.parse("2024-05-01T02:30:00Z"), false);
        EventFunction.schedule("nightly", 60, "30 2 * * *", (event, ctx) -> { }).observedBy(observer)
                .deliver(firing, TestContexts.context(logger));
        assertEquals(List.of("started nightly", "handled ACKNOWLEDGED"), order);
        assertSame(firing, observer.events.get(0));
    }

    @Test
    void anObserverThatThrowsIsLoggedAndTheFunctionAnswersAsUsual() {
        observer.throwOnEnd = true;
        assertEquals(200, http((request, ctx) -> HttpResponse.ok().text("fine"))
                .invoke(get("/items/1"), TestContexts.context(logger)).status());
        observer.throwOnStart = true;
        assertEquals("ACKNOWLEDGED", EventFunction.messages("orders", 60, EventFunction.Kind.QUEUE, (m, ctx) -> { })
                .observedBy(observer).deliver(Message.builder().id("m1").body("{}").build(),
                        TestContexts.context(logger)).name());
        assertEquals(2, logger.lines.size(), () -> "log: " + logger.lines);
        assertTrue(logger.lines.get(0).contains(RecordingObserver.class.getName() + " failed at the end"),
                logger.lines.get(0));
        assertTrue(logger.lines.get(1).contains("failed at the start") && logger.lines.get(1).contains("broke at start"),
                logger.lines.get(1));
    }

    @Test
    void observedByNullRemovesTheObserver() {
        http((request, ctx) -> HttpResponse.noContent()).observedBy(null).invoke(get("/items/1"), TestContexts.context(logger));
        assertEquals(List.of(), order);
    }
}
