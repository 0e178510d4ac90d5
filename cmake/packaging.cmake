# A Debian package of the installed tree: `cpack -G DEB` in the release build writes
# gossiplab_<version>_<arch>.deb. Its dependencies are computed from the programs' shared
# libraries (dpkg-shlibdeps), not typed; Qt's platform and SVG plugins come with the
# libraries they belong to (libqt6gui6, libqt6svg6).
set(CPACK_PACKAGE_NAME "gossiplab")
set(CPACK_PACKAGE_VENDOR "The GossipLab team")
set(CPACK_PACKAGE_CONTACT "The GossipLab team <gossiplab@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "GossipLab teaches the gossip protocols of Demers et al. (1987) through a story: a
virus, Xiao B, spreads through a city by direct mail, anti-entropy and rumor mongering.
Step through each mechanism forward and back with live charts, race configurations in
the lab over thousands of seeded runs, and see why real systems choose gossip partners
nearby. Presentation mode for the classroom; English and Chinese.")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "education")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/gossiplab/gossiplab")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The Chinese interface needs a CJK font; Qt's own dialogs are translated by Qt's catalogues.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-wqy-microhei | fonts-noto-cjk, qt6-translations-l10n")
include(CPack)
