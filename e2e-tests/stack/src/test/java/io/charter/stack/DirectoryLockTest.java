package io.charter.stack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DirectoryLockTest {

    @TempDir
    Path dir;

    @Test
    void shouldRefuseASecondHolderWithTheGivenMessage() throws Exception {
        Path lockFile = dir.resolve(".lock");
        try (DirectoryLock first = DirectoryLock.acquire(lockFile, "busy: %s")) {
            assertThatThrownBy(() -> DirectoryLock.acquire(lockFile, "busy: %s"))
                    .isInstanceOf(StackException.class)
                    .hasMessage("busy: " + DirectoryLock.display(lockFile));
        }
    }

    @Test
    void shouldBeFreeAgainOnceClosed() throws Exception {
        Path lockFile = dir.resolve(".lock");
        DirectoryLock.acquire(lockFile, "busy").close();
        DirectoryLock.acquire(lockFile, "busy").close();
    }
}
