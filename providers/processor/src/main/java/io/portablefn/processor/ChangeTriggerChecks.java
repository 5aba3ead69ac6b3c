package io.portablefn.processor;

import io.portablefn.api.ChangeTrigger;
import io.portablefn.processor.spi.TriggerModel;
import java.util.regex.Pattern;
import javax.lang.model.element.TypeElement;

/**
 * The rules of {@code @ChangeTrigger}'s attributes (docs/events.md §9, docs/processor.md), each
 * under its own tag; the names are what DynamoDB, Cosmos DB and Firestore all accept.
 */
final class ChangeTriggerChecks {

    /**
     * DynamoDB table names are 3 to 255 of {@code [a-zA-Z0-9_.-]}; Cosmos DB container ids refuse
     * {@code / \ # ?}; Firestore collection ids refuse {@code /}, "." and ".." and reserve
     * {@code __.*__}: what is left for all three.
     */
    private static final Pattern TABLE = Pattern.compile("[A-Za-z0-9_.-]{3,255}");
    private static final Pattern RESERVED_TABLE = Pattern.compile("\\.{1,2}|__.*__");
    private static final String TABLE_RULE = "use 3 to 255 characters of letters, digits, '_', '.' and '-' (what"
            + " DynamoDB accepts), and neither '.', '..' nor a name of the form __...__ (Firestore reserves those)";
    /** Firestore database ids; Cosmos DB accepts them too. */
    private static final Pattern DATABASE = Pattern.compile("[a-z][a-z0-9-]{2,61}[a-z0-9]");
    private static final String DATABASE_RULE = "leave it empty for each cloud's default, or use 4 to 63 characters:"
            + " a lower-case letter first, then lower-case letters, digits and hyphens, ending with a letter or digit"
            + " (Firestore's rule for database ids)";
    /** Azure app setting names: letters, digits and underscores (Linux plans allow no periods). */
    private static final Pattern APP_SETTING = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,127}");
    static final int MAX_BATCH = 1000;

    private final Diagnostics diagnostics;

    ChangeTriggerChecks(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** The trigger's model, or null when a rule is broken (errors are reported). */
    TriggerModel check(TypeElement type, ChangeTrigger change) {
        boolean ok = true;
        if (!TABLE.matcher(change.table()).matches() || RESERVED_TABLE.matcher(change.table()).matches()) {
            ok = error(type, "invalid-table", "The table name '" + change.table() + "' on " + type + " is not accepted"
                    + " by every cloud: " + TABLE_RULE);
        }
        if (!change.database().isEmpty() && !DATABASE.matcher(change.database()).matches()) {
            ok = error(type, "invalid-database", "The database name '" + change.database() + "' on " + type
                    + " is not accepted by every cloud: " + DATABASE_RULE);
        }
        if (change.batchSize() < 1 || change.batchSize() > MAX_BATCH) {
            ok = error(type, "invalid-batch-size", "batchSize = " + change.batchSize() + " on " + type + " is out of"
                    + " range: use 1 to " + MAX_BATCH + " changes per invocation");
        }
        if (!APP_SETTING.matcher(change.azureConnection()).matches()) {
            ok = error(type, "invalid-connection", "azureConnection = '" + change.azureConnection() + "' on " + type
                    + " is not an Azure app setting name: use 1 to 128 letters, digits and underscores, a letter first");
        }
        return ok ? new TriggerModel.Change(change.table(), change.database(), change.batchSize(),
                change.azureConnection()) : null;
    }

    private boolean error(TypeElement type, String tag, String message) {
        diagnostics.error(tag, message, type, ChangeTrigger.class.getName());
        return false;
    }
}
