package io.portablefn.conformance.aws.events;

import io.portablefn.api.Context;
import io.portablefn.api.Function;
import io.portablefn.api.ScheduleEvent;
import io.portablefn.api.ScheduleHandler;
import io.portablefn.api.ScheduleTrigger;

/** A schedule function that fails a firing whose id starts with "fail". */
@Function(name = "aws-nightly")
@ScheduleTrigger(cron = "0 2 * * *")
public class AwsNightly implements ScheduleHandler {
    @Override
    public void handle(ScheduleEvent event, Context context) {
        Received.EVENTS.add(event);
        if (event.id().startsWith("fail")) {
            throw new IllegalStateException("internal detail of " + event.id());
        }
    }
}
