package io.permitguide.service.storage;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Gives a case read from a file the shape of one made by the app: a field a file set to {@code null} ({@code "title":
 * null}, {@code "trip": null}) gets the value a new object has (an empty text, an empty trip), and null elements of
 * lists, sets and maps are dropped. Fields whose default is null (an unanswered question, an unknown date) stay null.
 * It walks the fields by reflection, so a field added to the model later is covered without a change here.
 */
final class ModelDefaults {
    private static final String MODEL = "io.permitguide.model.";

    private ModelDefaults() {
    }

    static void fill(Object root) {
        fill(root, new IdentityHashMap<>());
    }

    private static void fill(Object value, Map<Object, Boolean> visited) {
        if (value == null || visited.put(value, Boolean.TRUE) != null) {
            return;
        }
        if (value instanceof Collection<?> collection) {
            collection.removeIf(Objects::isNull);
            collection.forEach(element -> fill(element, visited));
        } else if (value instanceof Map<?, ?> map) {
            map.values().removeIf(Objects::isNull);
            map.values().forEach(element -> fill(element, visited));
        } else if (isModel(value.getClass())) {
            fillFields(value, visited);
        }
    }

    private static void fillFields(Object object, Map<Object, Boolean> visited) {
        Object fresh = null;
        for (Class<?> type = object.getClass(); isModel(type); type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
                    continue;
                }
                field.setAccessible(true);
                try {
                    Object value = field.get(object);
                    if (value == null) {
                        fresh = fresh != null ? fresh : newInstance(object.getClass());
                        value = field.get(fresh);
                        field.set(object, value);
                    }
                    fill(value, visited);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("model fields are accessible to the storage", e);
                }
            }
        }
    }

    private static boolean isModel(Class<?> type) {
        return type != null && !type.isEnum() && type.getName().startsWith(MODEL);
    }

    private static Object newInstance(Class<?> type) {
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("model classes have a no-argument constructor: " + type, e);
        }
    }
}
