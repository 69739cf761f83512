# Warnings and sanitizers as an interface target that nianbao's own targets link; nothing global.
add_library(nianbao_options INTERFACE)
target_compile_features(nianbao_options INTERFACE cxx_std_20)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  target_compile_options(nianbao_options INTERFACE -Wall -Wextra -Wshadow -Wno-missing-field-initializers)
endif()
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  # GCC 12 reports -Wrestrict on plain std::string concatenation (GCC bug 105329): noise, not a finding.
  target_compile_options(nianbao_options INTERFACE -Wno-restrict)
endif()
if(NIANBAO_SANITIZE)
  target_compile_options(nianbao_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                   -fno-sanitize-recover=undefined)
  target_link_options(nianbao_options INTERFACE -fsanitize=address,undefined)
endif()
