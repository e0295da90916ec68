"""Opening a package that came from outside: nothing leaves the folder, nothing unbounded, nothing unlisted.

Every member is read as bytes only (never executed, imported or evaluated). Names are checked before
a single byte is written: no absolute path, no '..', no backslash or drive, no link or device, no
duplicate. The central directory's declared sizes are bounded first (file count, total size, each
member's compression ratio, free disk), then bytes are counted again while they inflate, so a header
that lies cannot unpack more than it declared nor more than its ratio allows. Each member's sha256
and size are compared with manifest.json; members outside the manifest are refused. Only the members
the caller needs are written to disk; the others are hashed in passing.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from ...toolbelt.i18n import tr
from ..feedback import Progress
from ..tables import submission_schema as schema
from ..tempfiles import private_folder
from .manifest import HASH_CHUNK, Manifest, ManifestError, parse_manifest, sha256_of
from .rules import Finding, finding

ARCHIVE_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError, RuntimeError)


@dataclass(frozen=True)
class Limits:
    members: int = schema.MAX_PACKAGE_MEMBERS
    unpacked_bytes: int = schema.MAX_UNPACKED_BYTES
    manifest_bytes: int = schema.MAX_MANIFEST_BYTES
    ratio: float = schema.MAX_COMPRESSION_RATIO
    ratio_free_bytes: int = schema.RATIO_FREE_BYTES

    def inflatable(self, info: zipfile.ZipInfo) -> int:
        """The most bytes this member may inflate to: any small member, else `ratio` × its compressed size."""
        return max(self.ratio_free_bytes, int(self.ratio * max(info.compress_size, 0)))


@dataclass
class OpenedPackage:
    """A package whose members have been checked; `folder` holds the members asked for."""

    path: Path
    sha256: str
    size: int
    folder: Path
    manifest: Manifest | None = None
    findings: list[Finding] = field(default_factory=list)
    extracted: set[str] = field(default_factory=set)
    members: set[str] = field(default_factory=set)

    @property
    def fatal(self) -> bool:
        """The archive itself cannot be trusted: stop before reading any layer."""
        return any(f.rule in ("E1-archive", "E1-manifest", "E1-path", "E1-size") for f in self.findings)

    def member(self, name: str) -> Path | None:
        return self.folder / name if name in self.extracted else None


class _Refused(Exception):  # noqa: N818 - control flow inside this module only
    def __init__(self, result: Finding) -> None:
        super().__init__(result.message)
        self.finding = result


def _archive(message: str, package: str) -> Finding:
    return finding(
        "E1-archive",
        message,
        tr("Ask the province for a new copy of the package; do not repair it by hand."),
        layer=package,
    )


def unsafe_name_reason(name: str) -> str | None:
    """Why a member name could leave the package folder, or None when it is a plain relative path."""
    if not name or "\x00" in name:
        return tr("an empty name or a NUL byte")
    if "\\" in name:
        return tr("a backslash")
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return tr("an absolute path")
    parts = name.rstrip("/").split("/")  # split by hand: PurePosixPath would quietly drop '.' and '//'
    if any(part in ("..", ".", "") for part in parts):
        return tr("'..' or '.' in the path")
    return None


def _check_names(archive: zipfile.ZipFile, package: str, limits: Limits) -> list[zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > limits.members:
        raise _Refused(
            finding(
                "E1-size",
                tr("Package {package} holds {count} members; at most {limit} are accepted.").format(
                    package=package, count=len(infos), limit=limits.members
                ),
                tr("A package holds a few dozen files: ask the province for the package the export wrote."),
                layer=package,
            )
        )
    seen: set[str] = set()
    for info in infos:
        reason = unsafe_name_reason(info.filename)
        mode = info.external_attr >> 16
        if reason is None and stat.S_IFMT(mode) and not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
            reason = tr("a link or special file")
        if reason is None and info.filename.rstrip("/") in seen:
            reason = tr("a duplicate name")
        if reason is not None:
            raise _Refused(
                finding(
                    "E1-path",
                    tr("Package {package} has a member {name!r} with {reason}; nothing was unpacked.").format(
                        package=package, name=info.filename, reason=reason
                    ),
                    tr("Refuse the package and ask the province for the one the export wrote."),
                    layer=package,
                )
            )
        if info.flag_bits & 0x1:
            raise _Refused(_archive(tr("Package {package} has encrypted members.").format(package=package), package))
        seen.add(info.filename.rstrip("/"))
    files = [info for info in infos if not info.is_dir()]
    declared = sum(info.file_size for info in files)
    if declared > limits.unpacked_bytes:
        raise _Refused(
            finding(
                "E1-size",
                tr("Package {package} would unpack to {size:,} bytes; at most {limit:,} are accepted.").format(
                    package=package, size=declared, limit=limits.unpacked_bytes
                ),
                tr("Refuse the package (it may be a zip bomb) or raise the limit if the province's data really are this large."),
                layer=package,
            )
        )
    for info in files:
        if info.file_size > limits.inflatable(info):
            raise _Refused(_bomb(info, package, limits))
    return files


def _bomb(info: zipfile.ZipInfo, package: str, limits: Limits) -> Finding:
    return finding(
        "E1-size",
        tr(
            "{name} in {package} inflates from {packed:,} to {size:,} bytes, more than {ratio:g} times; "
            "nothing of it was unpacked."
        ).format(name=info.filename, package=package, packed=info.compress_size, size=info.file_size, ratio=limits.ratio),
        tr("Refuse the package: it is a zip bomb or not the export's. Ask the province for the package the export wrote."),
        layer=package,
    )


def _read_limited(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, package: str) -> bytes:
    with archive.open(info) as stream:
        data = stream.read(limit + 1)
    if len(data) > limit:
        raise _Refused(
            finding(
                "E1-size",
                tr("{name} in {package} is larger than {limit:,} bytes.").format(
                    name=info.filename, package=package, limit=limit
                ),
                tr("Refuse the package and ask the province for the one the export wrote."),
                layer=package,
            )
        )
    return data


def _inside(folder: Path, name: str) -> Path:
    target = (folder / name).resolve()
    if folder.resolve() not in target.parents:
        raise _Refused(
            finding(
                "E1-path",
                tr("Member {name!r} would be written outside the unpacking folder.").format(name=name),
                tr("Refuse the package."),
            )
        )
    return target


def _stream_member(
    archive: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    target: Path | None,
    budget: list[int],
    package: str,
    progress: Progress,
    limits: Limits,
) -> tuple[str, int]:
    """sha256 and byte count of one member, written to `target` (exclusively) when given."""
    digest = hashlib.sha256()
    count = 0
    sink = None
    if target is not None:
        target.parent.mkdir(parents=True, exist_ok=True)
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
        sink = os.fdopen(os.open(target, flags, 0o600), "wb")
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(HASH_CHUNK):
                count += len(chunk)
                budget[0] -= len(chunk)
                if count > limits.inflatable(info):  # counted as it inflates: stops here whatever the header says
                    raise _Refused(_bomb(info, package, limits))
                if count > info.file_size or budget[0] < 0:
                    raise _Refused(
                        finding(
                            "E1-size",
                            tr("{name} in {package} unpacks to more bytes than it declares.").format(
                                name=info.filename, package=package
                            ),
                            tr("Refuse the package (it may be a zip bomb)."),
                            layer=package,
                        )
                    )
                digest.update(chunk)
                if sink is not None:
                    sink.write(chunk)
                progress.check()
    finally:
        if sink is not None:
            sink.close()
    return digest.hexdigest(), count


def open_package(
    path: Path,
    folder: Path,
    extract: Callable[[str], bool],
    limits: Limits | None = None,
    feedback=None,
    digest: tuple[str, int] | None = None,
) -> OpenedPackage:
    """Check the archive and its manifest; write the members `extract` selects into `folder`.

    Findings (not exceptions) report what is wrong, so the QA report lists them; a finding of the
    archive, path, size or manifest rules stops before any layer is read (`fatal`).
    """
    limits = limits or Limits()
    progress = feedback if isinstance(feedback, Progress) else Progress(feedback)  # a slice of the caller's bar
    package = path.name
    package_digest, size = digest or sha256_of(path)
    opened = OpenedPackage(path, package_digest, size, folder)
    try:
        archive = zipfile.ZipFile(path)
    except ARCHIVE_ERRORS as exc:
        opened.findings.append(
            _archive(
                tr("Package {package} is not a readable zip archive ({reason}); it may be truncated or corrupted.").format(
                    package=package, reason=exc
                ),
                package,
            )
        )
        return opened
    with archive:
        try:
            files = _check_names(archive, package, limits)
            names = {info.filename: info for info in files}
            opened.members = set(names)
            opened.manifest = _read_manifest(archive, names, package, limits)
            listed = opened.manifest.file_by_path
            opened.findings.extend(_listing_findings(set(names), listed, package))
            _unpack(archive, [names[name] for name in sorted(listed) if name in names], listed, opened, extract, limits, progress)
        except _Refused as refused:
            opened.findings.append(refused.finding)
        except ARCHIVE_ERRORS as exc:
            opened.findings.append(
                _archive(
                    tr("Package {package} cannot be unpacked ({reason}); it may be truncated or corrupted.").format(
                        package=package, reason=exc
                    ),
                    package,
                )
            )
    return opened


def _read_manifest(archive: zipfile.ZipFile, names: dict[str, zipfile.ZipInfo], package: str, limits: Limits) -> Manifest:
    """The package's manifest.json, parsed within its size limit; refused when missing or malformed."""
    manifest_info = names.get(schema.MANIFEST_NAME)
    if manifest_info is None:
        raise _Refused(
            finding(
                "E1-manifest",
                tr("Package {package} has no manifest.json.").format(package=package),
                tr("Only packages written by the export (with manifest.json) are accepted."),
                layer=package,
            )
        )
    try:
        return parse_manifest(_read_limited(archive, manifest_info, limits.manifest_bytes, package))
    except ManifestError as exc:
        raise _Refused(
            finding("E1-manifest", str(exc), tr("Ask the province to export the package again."), layer=package)
        ) from exc


def _listing_findings(members: set[str], listed: dict, package: str) -> list:
    """The manifest against the archive: a listed path that is unsafe refuses the package; members not
    listed, listed files missing and files the standard requires but the manifest lacks are findings."""
    findings = []
    for name in listed:
        reason = unsafe_name_reason(name)
        if reason is not None or name == schema.MANIFEST_NAME:
            raise _Refused(
                finding(
                    "E1-path",
                    tr("manifest.json lists {name!r}, which has {reason}.").format(
                        name=name, reason=reason or tr("a reserved name")
                    ),
                    tr("Refuse the package."),
                    layer=package,
                )
            )
    for name in sorted(members - set(listed) - {schema.MANIFEST_NAME}):
        findings.append(
            finding(
                "E1-extra",
                tr("{name} is in package {package} but not in its manifest; it was not unpacked.").format(
                    name=name, package=package
                ),
                tr("A package holds only the files its manifest lists: ask the province for a clean export."),
                layer=package,
            )
        )
    for name in sorted(set(listed) - members):
        findings.append(
            finding(
                "E1-missing",
                tr("manifest.json lists {name}, which is not in package {package}.").format(name=name, package=package),
                tr("Ask the province to export the package again."),
                layer=package,
            )
        )
    for name in schema.REQUIRED_MEMBERS:
        if name not in listed:
            findings.append(
                finding(
                    "E1-missing",
                    tr("Package {package} lacks {name}, which the standard requires.").format(package=package, name=name),
                    tr("Export the package with the plugin: it writes every file the standard lists."),
                    layer=package,
                )
            )
    return findings


def _unpack(
    archive: zipfile.ZipFile,
    wanted: list[zipfile.ZipInfo],
    listed: dict,
    opened: OpenedPackage,
    extract: Callable[[str], bool],
    limits: Limits,
    progress: Progress,
) -> None:
    """Stream every listed member through its checksum, writing those `extract` selects into the
    package's folder within the size and ratio budget; a wrong checksum is a finding."""
    folder, package = opened.folder, opened.path.name
    needed = sum(info.file_size for info in wanted if extract(info.filename))
    free = shutil.disk_usage(folder).free
    if needed > free:
        raise _Refused(
            finding(
                "E1-size",
                tr("Unpacking {package} needs {size:,} bytes; {folder} has {free:,} free.").format(
                    package=package, size=needed, folder=folder, free=free
                ),
                tr("Free disk space or choose another working folder."),
                layer=package,
            )
        )
    budget = [limits.unpacked_bytes]
    for number, info in enumerate(wanted):
        entry = listed[info.filename]
        target = _inside(folder, info.filename) if extract(info.filename) else None
        member_digest, member_size = _stream_member(archive, info, target, budget, package, progress, limits)
        if target is not None:
            opened.extracted.add(info.filename)
        if member_digest != entry.sha256 or member_size != entry.size:
            opened.findings.append(
                finding(
                    "E1-checksum",
                    tr("{name} in {package}: sha256 {found}… ({size:,} bytes), manifest {expected}… ({listed:,}).").format(
                        name=info.filename,
                        package=package,
                        found=member_digest[:12],
                        size=member_size,
                        expected=entry.sha256[:12],
                        listed=entry.size,
                    ),
                    tr("The file was changed after the export: ask the province for the package as exported."),
                    layer=package,
                )
            )
        progress.step(number + 1, len(wanted))


UNPACK_PREFIX = "redline-package-"


@contextmanager
def unpacking_folder(workdir: Path | None = None) -> Iterator[Path]:
    """A private temporary folder (mode 700), removed with everything in it when the block ends.

    Its name carries this process's id, so the folders of a killed run are removed by the next one
    (core/tempfiles.py), never a folder of a run still going.
    """
    folder = private_folder(UNPACK_PREFIX, Path(workdir) if workdir else None)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)
