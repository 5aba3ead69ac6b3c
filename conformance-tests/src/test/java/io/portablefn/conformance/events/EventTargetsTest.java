package io.portablefn.conformance.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.portablefn.conformance.Targets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Event targets are chosen by name, with the HTTP targets' list and system property. */
class EventTargetsTest {

    private static List<String> names(List<EventTarget> targets) {
        return targets.stream().map(EventTarget::name).toList();
    }

    @AfterEach
    void clearProperty() {
        System.clearProperty(Targets.TARGETS_PROPERTY);
    }

    @Test
    void namesChooseEventTargetsAndHttpNamesAreLeftToTheHttpTargets() {
        List<EventTarget> all = List.of(new ModelCloud(), new WrongEventMappingIsCaughtTest.CarelessCloud());
        assertEquals(List.of("careless"), names(EventTargets.chosen(all, List.of("aws-http-api-v2", "careless"))));
        assertEquals(List.of("model", "careless"), names(EventTargets.chosen(all, List.of())));
        assertEquals(List.of(), names(EventTargets.chosen(all, List.of("aws-http-api-v2"))));
    }

    @Test
    void theSystemPropertyReplacesTheNamesAsForHttpTargets() {
        System.setProperty(Targets.TARGETS_PROPERTY, "gcp, model");
        List<EventTarget> all = List.of(new ModelCloud(), new WrongEventMappingIsCaughtTest.CarelessCloud());
        assertEquals(List.of("model"), names(EventTargets.chosen(all, List.of("careless"))));
    }
}
