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
