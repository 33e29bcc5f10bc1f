package dev.floe.testing.junit.internal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import dev.floe.testing.junit.internal.api.PublicTypes.PublicType;
import dev.floe.testing.junit.traceability.Covers;

/**
 * No public type outside an {@code internal} package lets an internal type through its public or protected
 * members: a consumer who calls what the API offers never has to name, receive or hold a type it must not import.
 * The types are the public top-level ones that {@link PublicTypes} finds in the sources, with their public nested
 * types; their members are read by reflection from the compiled classes on this module's test class path, so
 * parameter, return, exception and field types count with their generic type arguments and bounds.
 */
class InternalTypeLeakTest {

    /** The published modules whose compiled classes this module's tests see. */
    private static final List<String> MODULES = List.of("floe-common", "floe-traceability",
            "floe-traceability-junit", "floe-fixtures", "floe-junit-extension");

    @Test
    @Covers("007-FR-012")
    void noPublicMemberOfAPublicTypeOutsideInternalPackagesUsesAnInternalType() throws IOException {
        List<Class<?>> types = new ArrayList<>();
        for (String module : MODULES) {
            for (PublicType type : PublicTypes.of(PublicTypes.ROOT, module)) {
                if (!type.inInternalPackage()) {
                    types.add(load(type.packageName() + "." + type.name()));
                }
            }
        }

        assertThat(types).as("public types outside internal packages").hasSizeGreaterThan(50);
        assertThat(leaks(types)).as("public or protected members that use a type from an internal package")
                .isEmpty();
    }

    @Test
    @Covers("007-FR-012")
    void aLeakIsNamedByTypeAndMemberAndAGenericArgumentCounts() {
        assertThat(leaks(List.of(Leaky.class))).containsExactly(
                Leaky.class.getName() + ".Leaky(" + Hidden.class.getName() + "): constructor parameter "
                        + Hidden.class.getName(),
                Leaky.class.getName() + ".all(): return type java.util.List<" + Hidden.class.getName() + ">",
                Leaky.class.getName() + ".field: field type " + Hidden.class.getName(),
                Leaky.class.getName() + ".take(java.util.Map): parameter java.util.Map<java.lang.String, ? extends "
                        + Hidden.class.getName() + ">");
        assertThat(leaks(List.of(Hidden.class))).as("a type's own package does not count, only what its members use")
                .isEmpty();
    }

    /**
     * One line per leak, sorted: {@code type.member(params): where the internal type appears}. Private and
     * package-private members do not count, nor the members of non-public nested types.
     */
    static List<String> leaks(List<Class<?>> types) {
        Set<String> leaks = new TreeSet<>();
        for (Class<?> type : types) {
            check(type, leaks);
        }
        return List.copyOf(leaks);
    }

    private static void check(Class<?> type, Set<String> leaks) {
        if (!Modifier.isPublic(type.getModifiers()) || type.isSynthetic()) {
            return;
        }
        String owner = type.getName();
        if (type.getGenericSuperclass() != null && usesInternal(type.getGenericSuperclass(), new HashSet<>())) {
            leaks.add(owner + ": extends " + type.getGenericSuperclass().getTypeName());
        }
        for (Type implemented : type.getGenericInterfaces()) {
            if (usesInternal(implemented, new HashSet<>())) {
                leaks.add(owner + ": implements " + implemented.getTypeName());
            }
        }
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (visible(constructor) && !type.isEnum()) {
                checkExecutable(owner + "." + type.getSimpleName(), constructor, "constructor parameter", leaks);
            }
        }
        for (Method method : type.getDeclaredMethods()) {
            if (visible(method) && !method.isSynthetic() && !method.isBridge()) {
                checkExecutable(owner + "." + method.getName(), method, "parameter", leaks);
                if (usesInternal(method.getGenericReturnType(), new HashSet<>())) {
                    leaks.add(owner + "." + method.getName() + signature(method) + ": return type "
                            + method.getGenericReturnType().getTypeName());
                }
            }
        }
        for (Field field : type.getDeclaredFields()) {
            if (visible(field) && !field.isSynthetic() && usesInternal(field.getGenericType(), new HashSet<>())) {
                leaks.add(owner + "." + field.getName() + ": field type " + field.getGenericType().getTypeName());
            }
        }
        for (Class<?> nested : type.getDeclaredClasses()) {
            check(nested, leaks);
        }
    }

    private static void checkExecutable(String name, Executable executable, String what, Set<String> leaks) {
        String member = name + signature(executable);
        for (Type parameter : executable.getGenericParameterTypes()) {
            if (usesInternal(parameter, new HashSet<>())) {
                leaks.add(member + ": " + what + " " + parameter.getTypeName());
            }
        }
        for (Type thrown : executable.getGenericExceptionTypes()) {
            if (usesInternal(thrown, new HashSet<>())) {
                leaks.add(member + ": throws " + thrown.getTypeName());
            }
        }
        for (TypeVariable<?> variable : executable.getTypeParameters()) {
            if (usesInternal(variable, new HashSet<>())) {
                leaks.add(member + ": type parameter " + variable.getName() + " bound");
            }
        }
    }

    private static String signature(Executable executable) {
        List<String> names = new ArrayList<>();
        for (Class<?> parameter : executable.getParameterTypes()) {
            names.add(parameter.getTypeName());
        }
        return "(" + String.join(", ", names) + ")";
    }

    private static boolean visible(Member member) {
        return Modifier.isPublic(member.getModifiers()) || Modifier.isProtected(member.getModifiers());
    }

    /** Whether {@code type} or any of its type arguments, bounds or component types is in an internal package. */
    private static boolean usesInternal(Type type, Set<Type> seen) {
        if (!seen.add(type)) {
            return false;
        }
        if (type instanceof Class<?> c) {
            Class<?> element = c;
            while (element.isArray()) {
                element = element.getComponentType();
            }
            return List.of(element.getPackageName().split("\\.")).contains("internal");
        }
        if (type instanceof ParameterizedType p) {
            if (usesInternal(p.getRawType(), seen)) {
                return true;
            }
            for (Type argument : p.getActualTypeArguments()) {
                if (usesInternal(argument, seen)) {
                    return true;
                }
            }
            return p.getOwnerType() != null && usesInternal(p.getOwnerType(), seen);
        }
        if (type instanceof GenericArrayType a) {
            return usesInternal(a.getGenericComponentType(), seen);
        }
        if (type instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                if (usesInternal(bound, seen)) {
                    return true;
                }
            }
            for (Type bound : w.getLowerBounds()) {
                if (usesInternal(bound, seen)) {
                    return true;
                }
            }
            return false;
        }
        if (type instanceof TypeVariable<?> v) {
            for (Type bound : v.getBounds()) {
                if (usesInternal(bound, seen)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, InternalTypeLeakTest.class.getClassLoader());
        }
        catch (ClassNotFoundException e) {
            throw new AssertionError("Expected the public type " + name + " on the test class path, found none;"
                    + " where: " + MODULES + "; fix: declare the module as a dependency of floe-junit-extension", e);
        }
    }

    /** A public type in an internal package: this test's own package is one. */
    public static final class Hidden {
    }

    /** A public type that leaks {@link Hidden} in each way the check must see. */
    public static final class Leaky {

        /** Leaks through its type. */
        public Hidden field;

        /** Private: not a leak. */
        private Hidden kept;

        /** Leaks through its parameter. */
        public Leaky(Hidden hidden) {
            this.kept = hidden;
        }

        /** Leaks through a type argument. */
        public List<Hidden> all() {
            return List.of(kept);
        }

        /** Leaks through a wildcard bound. */
        public void take(java.util.Map<String, ? extends Hidden> values) {
            field = values.values().iterator().next();
        }

        /** Package-private: not a leak. */
        Hidden hidden() {
            return kept;
        }
    }
}
