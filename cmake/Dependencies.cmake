# Header-only dependencies from Debian (nlohmann-json3-dev, doctest-dev), exposed as interface targets.
#
# Why copies: under Emscripten, find_package(nlohmann_json) adds `-isystem /usr/include`, and emcc must never see the
# host's glibc headers. So both builds copy just the two header folders into the build tree and include that.
set(_deps_include "${CMAKE_BINARY_DIR}/deps/include")
foreach(_dir nlohmann doctest)
  if(NOT EXISTS "${_deps_include}/${_dir}")
    if(NOT EXISTS "/usr/include/${_dir}")
      message(FATAL_ERROR "/usr/include/${_dir} is missing: run scripts/setup.sh first")
    endif()
    file(COPY "/usr/include/${_dir}" DESTINATION "${_deps_include}")
  endif()
endforeach()

add_library(nianbao_json INTERFACE)
target_include_directories(nianbao_json SYSTEM INTERFACE "${_deps_include}")
target_compile_definitions(nianbao_json INTERFACE JSON_USE_IMPLICIT_CONVERSIONS=0)

add_library(nianbao_doctest INTERFACE)
target_include_directories(nianbao_doctest SYSTEM INTERFACE "${_deps_include}")

# zlib (inflate for the PDF and .docx readers). Natively Debian's zlib1g-dev; under Emscripten, Debian's zlib source
# (scripts/setup.sh puts it in third_party/zlib) compiled here, since Emscripten's zlib port would be a download.
set(NIANBAO_ZLIB_DIR "${CMAKE_SOURCE_DIR}/third_party/zlib" CACHE PATH "zlib 1.2.13 sources for the page (scripts/setup.sh)")
add_library(nianbao_zlib INTERFACE)
if(EMSCRIPTEN)
  if(NOT EXISTS "${NIANBAO_ZLIB_DIR}/inflate.c")
    message(FATAL_ERROR "${NIANBAO_ZLIB_DIR} is missing: run scripts/setup.sh first")
  endif()
  # Only what reading needs (inflate, crc32, adler32); deflate stays out of the page.
  add_library(nianbao_zlib_src STATIC
    ${NIANBAO_ZLIB_DIR}/inflate.c ${NIANBAO_ZLIB_DIR}/inffast.c ${NIANBAO_ZLIB_DIR}/inftrees.c
    ${NIANBAO_ZLIB_DIR}/crc32.c ${NIANBAO_ZLIB_DIR}/adler32.c ${NIANBAO_ZLIB_DIR}/zutil.c)
  target_include_directories(nianbao_zlib_src SYSTEM PUBLIC "${NIANBAO_ZLIB_DIR}")
  target_compile_options(nianbao_zlib_src PRIVATE -Oz -w)
  target_link_libraries(nianbao_zlib INTERFACE nianbao_zlib_src)
else()
  find_package(ZLIB REQUIRED)
  target_link_libraries(nianbao_zlib INTERFACE ZLIB::ZLIB)
endif()

# pugixml (WordprocessingML of .docx) and gumbo (saved web pages). Natively Debian's libpugixml-dev and libgumbo-dev;
# under Emscripten, Debian's source packages (scripts/setup.sh: third_party/pugixml, third_party/gumbo) compiled here.
set(NIANBAO_PUGIXML_DIR "${CMAKE_SOURCE_DIR}/third_party/pugixml" CACHE PATH "pugixml 1.13 sources for the page (scripts/setup.sh)")
set(NIANBAO_GUMBO_DIR "${CMAKE_SOURCE_DIR}/third_party/gumbo" CACHE PATH "gumbo-parser 0.13 sources for the page (scripts/setup.sh)")
add_library(nianbao_pugixml INTERFACE)
add_library(nianbao_gumbo INTERFACE)
if(EMSCRIPTEN)
  foreach(_check "${NIANBAO_PUGIXML_DIR}/src/pugixml.cpp" "${NIANBAO_GUMBO_DIR}/src/parser.c")
    if(NOT EXISTS "${_check}")
      message(FATAL_ERROR "${_check} is missing: run scripts/setup.sh first")
    endif()
  endforeach()
  add_library(nianbao_pugixml_src STATIC "${NIANBAO_PUGIXML_DIR}/src/pugixml.cpp")
  target_include_directories(nianbao_pugixml_src SYSTEM PUBLIC "${NIANBAO_PUGIXML_DIR}/src")
  # No XPath (unused, a third of the library); no exceptions (the page is built without them).
  target_compile_definitions(nianbao_pugixml_src PUBLIC PUGIXML_NO_XPATH PUGIXML_NO_EXCEPTIONS)
  target_compile_options(nianbao_pugixml_src PRIVATE -Oz -w)
  target_link_libraries(nianbao_pugixml INTERFACE nianbao_pugixml_src)
  file(GLOB _gumbo_sources "${NIANBAO_GUMBO_DIR}/src/*.c")
  add_library(nianbao_gumbo_src STATIC ${_gumbo_sources})
  target_include_directories(nianbao_gumbo_src SYSTEM PUBLIC "${NIANBAO_GUMBO_DIR}/src")
  target_compile_options(nianbao_gumbo_src PRIVATE -Oz -w)
  target_link_libraries(nianbao_gumbo INTERFACE nianbao_gumbo_src)
else()
  find_package(pugixml REQUIRED)
  target_link_libraries(nianbao_pugixml INTERFACE pugixml::pugixml)
  find_package(PkgConfig REQUIRED)
  pkg_check_modules(GUMBO REQUIRED IMPORTED_TARGET gumbo)
  target_link_libraries(nianbao_gumbo INTERFACE PkgConfig::GUMBO)
endif()

# libxlsxwriter (the supervisor's Excel workbook): Debian's libxlsxwriter 1.1.4 source (scripts/setup.sh puts it in
# third_party/libxlsxwriter), compiled here for both builds with its own minizip and MD5, writing through tmpfile()
# (USE_STANDARD_TMPFILE: no tmpfileplus; in the page that is Emscripten's in-memory file system).
# Why not Debian's libxlsxwriter.so natively: it pulls in libminizip and OpenSSL's libcrypto (for MD5) at every start of
# every program, which cost `nianbao import` 2 ms of its 25 for a five-page PDF (issue 10's target is 20 ms in all).
set(NIANBAO_XLSXWRITER_DIR "${CMAKE_SOURCE_DIR}/third_party/libxlsxwriter" CACHE PATH
    "libxlsxwriter 1.1.4 sources (scripts/setup.sh)")
add_library(nianbao_xlsxwriter INTERFACE)
if(NOT EXISTS "${NIANBAO_XLSXWRITER_DIR}/src/workbook.c")
  message(FATAL_ERROR "${NIANBAO_XLSXWRITER_DIR} is missing: run scripts/setup.sh first")
endif()
file(GLOB _xlsx_sources "${NIANBAO_XLSXWRITER_DIR}/src/*.c")
add_library(nianbao_xlsxwriter_src STATIC ${_xlsx_sources}
  ${NIANBAO_XLSXWRITER_DIR}/third_party/minizip/ioapi.c ${NIANBAO_XLSXWRITER_DIR}/third_party/minizip/zip.c
  ${NIANBAO_XLSXWRITER_DIR}/third_party/md5/md5.c)
if(EMSCRIPTEN)
  # zlib's compressing half, which the readers do not need (the page's nianbao_zlib_src has only inflate).
  target_sources(nianbao_xlsxwriter_src PRIVATE ${NIANBAO_ZLIB_DIR}/deflate.c ${NIANBAO_ZLIB_DIR}/trees.c)
  target_compile_options(nianbao_xlsxwriter_src PRIVATE -Oz)
endif()
target_include_directories(nianbao_xlsxwriter_src SYSTEM PUBLIC "${NIANBAO_XLSXWRITER_DIR}/include")
target_compile_definitions(nianbao_xlsxwriter_src PRIVATE USE_STANDARD_TMPFILE USE_FILE32API IOAPI_NO_64 NOCRYPT NOUNCRYPT)
target_compile_options(nianbao_xlsxwriter_src PRIVATE -w)
set_target_properties(nianbao_xlsxwriter_src PROPERTIES POSITION_INDEPENDENT_CODE ON)
target_link_libraries(nianbao_xlsxwriter_src PUBLIC nianbao_zlib)
target_link_libraries(nianbao_xlsxwriter INTERFACE nianbao_xlsxwriter_src)

# nettle (the PDF reader's standard security handler: MD5, RC4, AES and SHA-2 to decipher reports that open without a
# password): Debian's nettle 3.8.1 source (scripts/setup.sh puts it in third_party/nettle), its portable C files only,
# compiled in both builds: the page needs it compiled with emcc anyway, and natively it spares the CLI one more shared
# library to load at every start. Included as <nettle/…> through a folder that links to the sources.
set(NIANBAO_NETTLE_DIR "${CMAKE_SOURCE_DIR}/third_party/nettle" CACHE PATH "nettle 3.8.1 sources (scripts/setup.sh)")
if(NOT EXISTS "${NIANBAO_NETTLE_DIR}/md5.c")
  message(FATAL_ERROR "${NIANBAO_NETTLE_DIR} is missing: run scripts/setup.sh first")
endif()
set(_nettle_files md5.c md5-compress.c arcfour.c arcfour-crypt.c cbc.c memxor.c memxor3.c
  aes-decrypt-internal.c aes-decrypt-table.c aes-encrypt-internal.c aes-encrypt-table.c aes-invert-internal.c
  aes-set-key-internal.c aes128-set-encrypt-key.c aes128-set-decrypt-key.c aes128-encrypt.c aes128-decrypt.c
  aes256-set-encrypt-key.c aes256-set-decrypt-key.c aes256-encrypt.c aes256-decrypt.c
  sha256.c sha256-compress.c sha512.c sha512-compress.c write-be32.c write-le32.c write-le64.c)
list(TRANSFORM _nettle_files PREPEND "${NIANBAO_NETTLE_DIR}/")
add_library(nianbao_nettle STATIC ${_nettle_files})
file(MAKE_DIRECTORY "${CMAKE_BINARY_DIR}/nettle-include")
file(CREATE_LINK "${NIANBAO_NETTLE_DIR}" "${CMAKE_BINARY_DIR}/nettle-include/nettle" SYMBOLIC)
target_include_directories(nianbao_nettle SYSTEM PUBLIC "${CMAKE_BINARY_DIR}/nettle-include"
                           PRIVATE "${NIANBAO_NETTLE_DIR}")
target_compile_options(nianbao_nettle PRIVATE -w $<$<BOOL:${EMSCRIPTEN}>:-Oz>)
set_target_properties(nianbao_nettle PROPERTIES POSITION_INDEPENDENT_CODE ON)
