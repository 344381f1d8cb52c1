package io.permitguide.service.checklist;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.permitguide.service.data.BundledData;
import io.permitguide.service.data.DataFileException;
import io.permitguide.service.storage.Json;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The bundled list of papers, {@code /data/checklist.json}, checked as it loads. */
public final class ChecklistItems {
    public static final String BUNDLED = "/data/checklist.json";

    private ChecklistItems() {
    }

    private static final class Holder {
        static final List<ChecklistItem> ITEMS = load(BUNDLED);
    }

    public static List<ChecklistItem> bundled() {
        return Holder.ITEMS;
    }

    public static List<ChecklistItem> load(String resource) {
        return BundledData.load(resource, ChecklistItems::parse);
    }

    static List<ChecklistItem> parse(InputStream in, String file) {
        List<ChecklistItem> items;
        try {
            items = Json.mapper().readValue(in, new TypeReference<List<ChecklistItem>>() { });
        } catch (JsonMappingException e) {
            throw new DataFileException(file, "unexpected content at " + e.getPathReference() + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new DataFileException(file, "not valid JSON: " + e.getMessage(), e);
        }
        Set<String> ids = new HashSet<>();
        for (ChecklistItem item : items) {
            if (item.id() == null || !item.id().matches("[a-z][a-zA-Z0-9]*")) {
                throw new DataFileException(file, "item id " + item.id() + " must be camelCase letters and digits");
            }
            if (item.documents().isEmpty()) {
                throw new DataFileException(file, "item \"" + item.id() + "\" names no document it belongs to");
            }
            if (!ids.add(item.id())) {
                throw new DataFileException(file, "item \"" + item.id() + "\" is listed twice");
            }
        }
        return List.copyOf(items);
    }
}
