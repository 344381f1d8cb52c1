package io.permitguide.service.city;

import com.fasterxml.jackson.core.type.TypeReference;
import io.permitguide.service.data.BundledData;
import io.permitguide.service.data.DataFileException;
import io.permitguide.service.storage.Json;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The bundled city profiles ({@value #FILE}); looks a city up by id or by any name a user may type. */
public final class CityProfiles {
    public static final String FILE = "/data/cities.json";

    private final List<CityProfile> profiles;

    CityProfiles(List<CityProfile> profiles, String file) {
        CityProfilesValidator.validate(profiles, file);
        this.profiles = List.copyOf(profiles);
    }

    private static final class Holder {
        static final CityProfiles BUNDLED = load(FILE);
    }

    /** The profiles shipped with the app, read once. */
    public static CityProfiles bundled() {
        return Holder.BUNDLED;
    }

    public static CityProfiles load(String resource) {
        return BundledData.load(resource, CityProfiles::parse);
    }

    static CityProfiles parse(InputStream in, String file) {
        try {
            List<CityProfile> list = Json.mapper().readValue(in, new TypeReference<List<CityProfile>>() { });
            return new CityProfiles(list, file);
        } catch (IOException e) {
            throw new DataFileException(file, "not a valid list of city profiles: " + e.getMessage(), e);
        }
    }

    public List<CityProfile> all() {
        return profiles;
    }

    /** The listed cities, without the fallback profile. */
    public List<CityProfile> named() {
        return profiles.stream().filter(p -> !p.fallback()).toList();
    }

    public CityProfile fallback() {
        return profiles.stream().filter(CityProfile::fallback).findFirst().orElseThrow();
    }

    /** The profile for a city id or name as typed; empty if the city is not listed. */
    public Optional<CityProfile> find(String cityOrId) {
        if (cityOrId == null || cityOrId.isBlank()) {
            return Optional.empty();
        }
        String wanted = normalise(cityOrId);
        return named().stream()
                .filter(p -> normalise(p.id()).equals(wanted) || p.aliases().stream().map(CityProfiles::normalise).anyMatch(wanted::equals))
                .findFirst();
    }

    /** The profile for the city, or the clearly labelled fallback when it is not listed. */
    public CityProfile forCity(String cityOrId) {
        return find(cityOrId).orElseGet(this::fallback);
    }

    private static String normalise(String name) {
        return name.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "").replaceAll("(市|city)$", "");
    }
}
