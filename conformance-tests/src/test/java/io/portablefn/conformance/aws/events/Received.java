package io.portablefn.conformance.aws.events;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** What the fixture functions of this package were handed, in order; each test clears it first. */
final class Received {

    static final List<Object> EVENTS = new CopyOnWriteArrayList<>();

    private Received() {
    }
}
