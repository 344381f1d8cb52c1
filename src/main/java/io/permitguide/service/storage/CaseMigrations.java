package io.permitguide.service.storage;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Brings older case files up to the current version, one step at a time. Version 1 is the first
 * published format, so there is nothing to migrate yet; each future version adds a step here.
 */
final class CaseMigrations {
    private CaseMigrations() {
    }

    static ObjectNode toCurrent(ObjectNode root, int version) {
        root.put("version", CaseFile.CURRENT_VERSION);
        return root;
    }
}
