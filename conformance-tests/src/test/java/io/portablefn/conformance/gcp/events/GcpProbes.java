package io.portablefn.conformance.gcp.events;

import io.portablefn.api.Context;
import io.portablefn.api.DropEventException;
import io.portablefn.api.Function;
import io.portablefn.api.Message;
import io.portablefn.api.MessageHandler;
import io.portablefn.api.QueueTrigger;
import io.portablefn.api.ScheduleEvent;
import io.portablefn.api.ScheduleHandler;
import io.portablefn.api.ScheduleTrigger;
import io.portablefn.api.StorageEvent;
import io.portablefn.api.StorageHandler;
import io.portablefn.api.StorageTrigger;
import io.portablefn.conformance.events.Seen;

/** One tiny event function per kind, for the GCP event targets' own tests. */
public final class GcpProbes {

    private GcpProbes() {
    }

    /** Records each message; fails on the body "fail" (with a secret), drops on "drop". */
    @Function(name = "gcp-queue-probe")
    @QueueTrigger(queue = "gcp-probe")
    public static class Queue implements MessageHandler {
        @Override
        public void handle(Message message, Context context) {
            Seen.message(Queue.class, message);
            switch (message.bodyAsString()) {
                case "fail" -> throw new IllegalStateException("probe-secret: " + message.id());
                case "drop" -> throw new DropEventException("probe drops " + message.id());
                default -> { }
            }
        }
    }

    /** Records each object change; fails for keys under {@code poison/}. */
    @Function(name = "gcp-storage-probe")
    @StorageTrigger(bucket = "gcp-probe", events = {StorageEvent.Kind.CREATED, StorageEvent.Kind.DELETED})
    public static class Storage implements StorageHandler {
        @Override
        public void handle(StorageEvent event, Context context) {
            Seen.storage(Storage.class, event);
            if (event.key().startsWith("poison/")) {
                throw new IllegalStateException("probe-secret: " + event.key());
            }
        }
    }

    /** Records each firing. */
    @Function(name = "gcp-schedule-probe")
    @ScheduleTrigger(cron = "15 3 * * *")
    public static class Schedule implements ScheduleHandler {
        @Override
        public void handle(ScheduleEvent event, Context context) {
            Seen.schedule(Schedule.class, event);
        }
    }
}
