package io.portablefn.conformance.suite;

/** A case file or a known-gap ledger that cannot be used; the message names the file and what is wrong. */
public final class CaseFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CaseFileException(String message) {
        super(message);
    }

    public CaseFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
