package io.portablefn.samples.hello;

import io.portablefn.api.Context;
import io.portablefn.api.Function;
import io.portablefn.api.HttpHandler;
import io.portablefn.api.HttpRequest;
import io.portablefn.api.HttpResponse;
import io.portablefn.api.HttpTrigger;

/**
 * Owns the subtree under {@code /files}: {@code GET /files/docs/a.txt} answers the text
 * {@code docs/a.txt}, and {@code GET /files} (or {@code /files/}) the empty remainder. A file
 * server or a proxy would look the remainder up; {@code {rest+}} may only be the last segment.
 */
@Function(name = "files")
@HttpTrigger(path = "/files/{rest+}")
public class FileTree implements HttpHandler {

    @Override
    public HttpResponse handle(HttpRequest request, Context context) {
        return HttpResponse.ok().text(request.pathParameter("rest").orElseThrow());
    }
}
