package io.permitguide.service.packet;

import java.io.IOException;
import java.nio.file.Path;

/** Why a packet could not be written where the user asked; the reason's text is {@code packet.error.<REASON>}. */
public class PacketWriteException extends IOException {
    public enum Reason {
        /** A part of the folder path is a file, so the folder cannot exist. */
        PATH_THROUGH_FILE,
        /** The chosen file name is a folder. */
        IS_FOLDER,
        /** The system refused the write: permissions, a full disk, a read-only drive. */
        NOT_WRITABLE
    }

    private final Reason reason;
    private final transient Path target;

    public PacketWriteException(Reason reason, Path target, Throwable cause) {
        super(reason + ": " + target, cause);
        this.reason = reason;
        this.target = target;
    }

    public Reason reason() {
        return reason;
    }

    public Path target() {
        return target;
    }

    public String messageKey() {
        return "packet.error." + reason.name();
    }
}
