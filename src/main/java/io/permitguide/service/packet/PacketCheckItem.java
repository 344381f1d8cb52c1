package io.permitguide.service.packet;

/**
 * One line of the materials list.
 *
 * @param nameEn     the document's name in English
 * @param nameZh     its name in Chinese
 * @param copyNeeded a photocopy is handed in besides the original
 * @param done       the family has it ready
 * @param note       the family's own note, printed as typed (may be blank)
 * @param inPerson   someone comes to the counter (the child, both parents): nothing to bring, no copy
 */
public record PacketCheckItem(String nameEn, String nameZh, boolean copyNeeded, boolean done, String note, boolean inPerson) {
    public PacketCheckItem {
        nameEn = nameEn == null ? "" : nameEn;
        nameZh = nameZh == null ? "" : nameZh;
        note = note == null ? "" : note;
    }

    /** A paper to bring. */
    public PacketCheckItem(String nameEn, String nameZh, boolean copyNeeded, boolean done, String note) {
        this(nameEn, nameZh, copyNeeded, done, note, false);
    }
}
