# Sourced by ./vistka and scripts/bench-http.sh: the Java options that keep what Vistka loads at start ready for
# the next start. On JDK 25 and newer, an ahead-of-time cache (the classes loaded and linked, with the profiles of
# their methods) that a run writes as it stops, and that the runs after it start from until the next build: start-up
# in about half the time. On older JDKs, a class-data archive of the same kind. A cache serves only the JDK and the
# options it was made with, so each pair has its own file.
startup_cache_options() {  # the JDK's feature version, the other Java options
  local name
  name=target/vistka-$(printf '%s\n%s\n' "$JAVA_HOME" "$2" | cksum | cut -d' ' -f1)
  if [ "$1" -ge 25 ]; then
    if [ -s "$name.aot" ] && [ "$name.aot" -nt target/vistka.jar ]; then
      echo "-XX:AOTCache=$name.aot -Xlog:aot=off -Xlog:cds=off"
    else
      echo "-XX:AOTCacheOutput=$name.aot -Xlog:aot=off -Xlog:cds=off"
    fi
  else
    echo "-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=$name.jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
  fi
}
