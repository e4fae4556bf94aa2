# Sourced by ./vistka: which JDK builds and runs Vistka, and the Java options that depend on its version.
# A JDK qualifies when it is 21 or newer and has javac, which Maven compiles with (a Java runtime alone has none).
# JAVA_HOME is taken when it qualifies; otherwise the newest qualifying JDK among the installed ones.

jdk_feature_version() {  # a Java's folder; prints its feature version (21, 25…), or nothing
  local version
  version=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n 1)
  version=${version#1.}  # Java 8 and older call themselves 1.8
  echo "${version%%.*}"
}

# What the JVM that runs Maven is given. Maven's libraries (Guava) read memory through sun.misc.Unsafe, about which
# JDK 24 and newer warn on every build unless it is allowed; the option exists only from JDK 23 on, and
# older JDKs refuse to start with an option they do not know.
maven_jvm_options() {  # the JDK's feature version
  if [ "$1" -ge 23 ]; then
    echo "--sun-misc-unsafe-memory-access=allow"
  fi
}

# Sets and exports JAVA_HOME, JDK_VERSION and MAVEN_OPTS (unless MAVEN_OPTS is set already) for the JDK chosen;
# when none qualifies, says on standard error what was found and returns 1.
choose_jdk() {  # the folder of installed JDKs (/usr/lib/jvm)
  local requested=${JAVA_HOME:-} wanted= candidate version chosen= chosen_version=0 seen=" " found=
  if [ -n "$requested" ]; then
    wanted=$(cd -P "$requested" 2>/dev/null && pwd) || true
  fi
  for candidate in "$requested" "$1"/*/; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    candidate=$(cd -P "$candidate" && pwd)  # /usr/lib/jvm names some JDKs twice, through links
    case $seen in *" $candidate "*) continue ;; esac
    seen="$seen$candidate "
    if [ ! -x "$candidate/bin/javac" ]; then
      found="$found; a Java runtime without javac at $candidate"
      continue
    fi
    version=$(jdk_feature_version "$candidate")
    case $version in '' | *[!0-9]*) found="$found; a Java of unknown version at $candidate"; continue ;; esac
    found="$found; JDK $version at $candidate"
    if [ "$version" -ge 21 ] && [ "$version" -gt "$chosen_version" ]; then
      chosen=$candidate chosen_version=$version
      if [ "$candidate" = "$wanted" ]; then break; fi  # JAVA_HOME qualifies: it wins over newer JDKs
    fi
  done
  if [ -z "$chosen" ]; then
    found=${found#; }
    echo "vistka: no JDK 21 or newer in JAVA_HOME or $1 (found: ${found:-nothing})." \
      "Install one (Debian 13: apt-get install openjdk-21-jdk-headless; on Debian 12, Temurin 21 or newer) or point JAVA_HOME at one." >&2
    return 1
  fi
  if [ -n "$requested" ] && [ "$chosen" != "$wanted" ]; then
    echo "vistka: JAVA_HOME ($requested) is not a JDK 21 or newer: using JDK $chosen_version at $chosen" >&2
  fi
  export JAVA_HOME=$chosen JDK_VERSION=$chosen_version
  export MAVEN_OPTS="${MAVEN_OPTS:-$(maven_jvm_options "$chosen_version")}"
}
