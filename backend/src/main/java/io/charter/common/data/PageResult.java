package io.charter.common.data;

import java.util.List;
import java.util.function.Function;

/** One page of a list: {@code {items, page, size, total}}. */
public record PageResult<T>(List<T> items, int page, int size, long total) {

    public <R> PageResult<R> map(Function<T, R> f) {
        return new PageResult<>(items.stream().map(f).toList(), page, size, total);
    }
}
