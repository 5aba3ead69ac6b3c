package io.portablefn.api;

/** The HTTP methods a portable function can be triggered by; every cloud supports all of them. */
public enum HttpMethod {
    GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS
}
