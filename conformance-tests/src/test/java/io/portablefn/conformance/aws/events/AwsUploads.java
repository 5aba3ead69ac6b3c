package io.portablefn.conformance.aws.events;

import io.portablefn.api.Context;
import io.portablefn.api.Function;
import io.portablefn.api.StorageEvent;
import io.portablefn.api.StorageHandler;
import io.portablefn.api.StorageTrigger;

/** A storage function for creations and removals that records what it gets. */
@Function(name = "aws-uploads")
@StorageTrigger(bucket = "aws-uploads", events = {StorageEvent.Kind.CREATED, StorageEvent.Kind.DELETED})
public class AwsUploads implements StorageHandler {
    @Override
    public void handle(StorageEvent event, Context context) {
        Received.EVENTS.add(event);
    }
}
