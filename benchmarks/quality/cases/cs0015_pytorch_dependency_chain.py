"""AML.CS0015 Compromised PyTorch Dependency Chain.

The victim: a Linux machine on which an ML developer installs the PyTorch-nightly
build with pip, which resolves PyTorch's dependencies (such as `torchtriton`) from
both PyTorch's own nightly index and the public Python Package Index, then runs them.

Edits after the first analysis (new DSL facts, Engine v2):

- kind=code on "Python packages": "A malicious dependency package named `torchtriton` was
  uploaded to the PyPI code repository".
"""

from __future__ import annotations

import threatgraph as tg

CASE_ID = "AML.CS0015"
NAME = "Compromised PyTorch Dependency Chain"


def build() -> tg.ThreatModel:
    tm = tg.ThreatModel(
        f"{CASE_ID} {NAME}",
        # PyTorch is a widely used ML framework; the machines it is installed on hold
        # SSH keys, environment variables and users' files.
        profile=tg.RiskProfile.HIGH,
        description="PyTorch-nightly installed with pip on a developer's Linux machine.",
    )
    packages = tg.Data("Python packages", sensitivity=tg.Sensitivity.PUBLIC, kind=tg.DataKind.CODE)
    local_files = tg.Data(
        "Local files and environment",
        sensitivity=tg.Sensitivity.SECRET,
        description="$HOME files, ~/.ssh, ~/.gitconfig, /etc/passwd, /etc/hosts, env vars.",
    )
    dns_queries = tg.Data("DNS queries", sensitivity=tg.Sensitivity.INTERNAL)
    ml_code = tg.Data("ML code and data", sensitivity=tg.Sensitivity.CONFIDENTIAL)

    with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
        # "a malicious binary uploaded to the Python Package Index (PyPI) code
        # repository": anyone can publish a package name on PyPI.
        pypi = tm.add(tg.ExternalService("PyPI", provides=tg.ExternalCategory.PACKAGE_REGISTRY))
        # "nameservers from /etc/resolv.conf": the machine resolves names through
        # DNS servers on the internet, like any networked Linux host.
        dns = tm.add(tg.ExternalService("Internet DNS servers"))

    with tm.boundary("PyTorch project", trust=tg.Trust.PARTNER):
        # "a package shipped with the PyTorch-nightly build": the nightly build and its
        # dependencies (the legitimate `torchtriton`) are published by PyTorch.
        nightly_index = tm.add(
            tg.ExternalService(
                "PyTorch nightly package index",
                provides=tg.ExternalCategory.PACKAGE_REGISTRY,
            )
        )

    with tm.boundary("Developer's Linux machine", trust=tg.Trust.INTERNAL):
        # "Linux machines with the affected pip-installed versions of PyTorch-nightly"
        developer = tm.add(tg.Actor("ML developer", role="engineer", privileged=True))
        # "the PyPI package manager (pip) installed this malicious package instead of the
        # legitimate one" because "PyPI is prioritized over other sources".
        # DSL gap: pip resolving one package name from two indexes, with the public index
        # taking priority over the project's own index (dependency confusion), cannot be
        # said; modelled as an install pipeline that pulls third-party packages from both
        # (stage "deployment", the nearest to installing into a local environment).
        pip = tm.add(
            tg.Pipeline(
                "pip install",
                stage=tg.Stage.DEPLOYMENT,
                third_party_packages=True,
                description="Installs PyTorch-nightly and its dependencies into the environment.",
            )
        )
        # The installed PyTorch-nightly and its dependencies run in the user's Python
        # processes with the user's privileges.
        runtime = tm.add(
            tg.Service(
                "PyTorch Python environment",
                description="Python processes importing torch and its dependencies.",
            )
        )
        # "environment variables", "the first 1000 files in the user's $HOME directory",
        # "$HOME/.gitconfig", "$HOME/.ssh/*": what the machine holds.
        # DSL gap: credentials kept as ordinary files and environment variables on the
        # machine cannot be told apart from a store of them; modelled as a data store
        # holding secret data.
        files = tm.add(tg.DataStore("Local file system", stores={local_files, ml_code}))

    tm.flow(developer, pip, label="pip install --pre torch (nightly)")
    tm.flow(nightly_index, pip, packages, protocol="https")
    tm.flow(pypi, pip, packages, protocol="https")
    tm.flow(pip, runtime, packages, label="installed packages")
    tm.flow(developer, runtime, ml_code, label="runs ML code")
    tm.flow(files, runtime, local_files, ml_code)
    tm.flow(runtime, files, ml_code)
    tm.flow(runtime, dns, dns_queries, protocol="dns")
    return tm


EXPECTED: dict[int, tuple[str, ...]] = {
    # "malicious dependency package named `torchtriton` was uploaded to the PyPI"
    1: ("pypi", "pypi->pip-install", "pip-install"),
    # "surveys the affected system ... steals further sensitive data"
    2: ("local-file-system", "local-file-system->pytorch-python-environment"),
    # "uploaded via encrypted DNS queries to the domain"
    3: ("pytorch-python-environment->internet-dns-servers",),
}
