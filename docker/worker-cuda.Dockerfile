# Charter training worker, CUDA. DJL 0.36 runs PyTorch 2.7.1 and Maven Central serves no CUDA
# natives for it, so this image brings libtorch 2.7.1 built for CUDA 12.8 (flavour cu128: the one
# whose JNI library ships in ai.djl.pytorch:pytorch-jni:2.7.1-0.36.0). Build from the repository root:
#   mvn -B -pl gpu-workers -am package -DskipTests
#   docker build -f docker/worker-cuda.Dockerfile \
#     --build-arg LIBTORCH_SHA256=<sha256 of the zip> -t charter-worker-cuda:0.1.0 .
# See docker/README.md for the checksum and for how to verify the GPU is used.
ARG JRE_IMAGE=eclipse-temurin:17.0.15_6-jre-jammy

FROM ${JRE_IMAGE} AS jre

FROM ubuntu:22.04 AS libtorch
ARG LIBTORCH_URL=https://download.pytorch.org/libtorch/cu128/libtorch-cxx11-abi-shared-with-deps-2.7.1%2Bcu128.zip
ARG LIBTORCH_SHA256
RUN test -n "$LIBTORCH_SHA256" || { echo "pass --build-arg LIBTORCH_SHA256=<sha256 of $LIBTORCH_URL>" >&2; exit 1; } \
 && apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl unzip \
 && curl -fsSL -o /tmp/libtorch.zip "$LIBTORCH_URL" \
 && echo "$LIBTORCH_SHA256  /tmp/libtorch.zip" | sha256sum -c - \
 && unzip -q /tmp/libtorch.zip -d /opt \
 && test -f /opt/libtorch/lib/libtorch_cuda.so \
 && rm -rf /opt/libtorch/include /opt/libtorch/share /opt/libtorch/bin /tmp/libtorch.zip

# The CUDA runtime image; the GPU driver comes from the node (NVIDIA container toolkit).
FROM nvidia/cuda:12.8.1-runtime-ubuntu22.04

ENV JAVA_HOME=/opt/java/openjdk
ENV PATH=${JAVA_HOME}/bin:${PATH}
COPY --from=jre /opt/java/openjdk /opt/java/openjdk
COPY --from=libtorch /opt/libtorch /opt/libtorch

RUN groupadd --system --gid 10001 charter \
 && useradd --system --uid 10001 --gid charter --home-dir /var/lib/charter-worker --create-home charter \
 && mkdir -p /var/cache/charter-worker \
 && chown 10001:10001 /var/cache/charter-worker

WORKDIR /opt/charter
COPY --chown=10001:10001 gpu-workers/target/lib/ /opt/charter/lib/
COPY --chown=10001:10001 gpu-workers/target/charter-gpu-workers-*.jar /opt/charter/charter-worker.jar
# The CPU natives are not needed here (PYTORCH_LIBRARY_PATH wins); a missing class-path entry of
# the manifest is ignored by the JVM.
RUN rm -f /opt/charter/lib/pytorch-native-cpu-*.jar

# PYTORCH_LIBRARY_PATH + PYTORCH_FLAVOR: DJL loads /opt/libtorch instead of unpacking natives and
# takes the cu128 JNI library from pytorch-jni. Never set PYTORCH_VERSION to anything but 2.7.1:
# a mismatch makes DJL try a download.
ENV PYTORCH_LIBRARY_PATH=/opt/libtorch/lib \
    PYTORCH_FLAVOR=cu128 \
    PYTORCH_VERSION=2.7.1 \
    CHARTER_WORKER_CACHE=/var/cache/charter-worker \
    DJL_OFFLINE=true \
    OPT_OUT_TRACKING=true \
    OMP_WAIT_POLICY=PASSIVE \
    NVIDIA_VISIBLE_DEVICES=all \
    NVIDIA_DRIVER_CAPABILITIES=compute,utility

USER 10001:10001
VOLUME ["/var/cache/charter-worker"]
ENTRYPOINT ["java", "-XX:+UseSerialGC", "-XX:MaxRAMPercentage=75", "-jar", "/opt/charter/charter-worker.jar"]
