package it;

import io.portablefn.api.Context;
import io.portablefn.api.Function;
import io.portablefn.api.StreamHandler;
import io.portablefn.api.StreamRecord;
import io.portablefn.api.StreamTrigger;

@Function(name = "clicks")
@StreamTrigger(stream = "clicks", retries = 6)
public class Clicks implements StreamHandler {
    @Override
    public void handle(StreamRecord record, Context context) {
    }
}
