# Sourced (POSIX sh) by ./armswatch and ./mvnw: exports JAVA_HOME as a JDK of version 21 or newer.
# Order: JAVA_HOME, the javac on PATH, then the usual install folders.

armswatch_jdk_ok() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  # A JDK's release file names its version; asking the JVM itself is the slow fallback.
  armswatch_major=$(sed -n 's/^JAVA_VERSION="\(1\.\)\{0,1\}\([0-9]*\).*/\2/p' "$1/release" 2>/dev/null | head -n 1)
  if [ -z "$armswatch_major" ]; then
    armswatch_major=$("$1/bin/java" -XshowSettings:properties -version 2>&1 \
      | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1)
  fi
  [ -n "$armswatch_major" ] && [ "$armswatch_major" -ge 21 ]
}

armswatch_find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && armswatch_jdk_ok "$JAVA_HOME"; then
    printf '%s\n' "$JAVA_HOME"; return 0
  fi
  if command -v javac >/dev/null 2>&1; then
    armswatch_dir=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    if armswatch_jdk_ok "$armswatch_dir"; then printf '%s\n' "$armswatch_dir"; return 0; fi
  fi
  for armswatch_dir in /usr/lib/jvm/* /usr/local/lib/jvm/* /opt/java/* /opt/jdk* \
      /Library/Java/JavaVirtualMachines/*/Contents/Home "${HOME:-/nonexistent}"/.sdkman/candidates/java/*; do
    if [ -d "$armswatch_dir" ] && armswatch_jdk_ok "$armswatch_dir"; then
      printf '%s\n' "$armswatch_dir"; return 0
    fi
  done
  return 1
}

if armswatch_found=$(armswatch_find_jdk); then
  JAVA_HOME="$armswatch_found"
  export JAVA_HOME
else
  echo "armswatch: no JDK 21 or newer found (looked at JAVA_HOME, PATH and /usr/lib/jvm); install one and set JAVA_HOME" >&2
  exit 1
fi
