package io.portablefn.api;

/** Where a function is running, as reported by {@link Context#provider()}. */
public enum Provider {
    /** AWS Lambda. */
    AWS,
    /** Azure Functions. */
    AZURE,
    /** Google Cloud Functions (and Cloud Run functions). */
    GCP,
    /** portablefn's local server, or a test. */
    LOCAL
}
