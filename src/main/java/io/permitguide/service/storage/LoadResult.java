package io.permitguide.service.storage;

import io.permitguide.model.FamilyCase;
import java.util.List;

/** The cases that loaded and the files that were set aside. */
public record LoadResult(List<FamilyCase> cases, List<SetAsideFile> setAside) {
}
