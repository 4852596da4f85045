"""AML.CS0018 Arbitrary Code Execution with Google Colab.

The victim: a user of Google Colab, a hosted Jupyter notebook service whose virtual
machines run the notebook's Python and shell code, open notebooks shared by others,
download files from the internet and can mount the user's Google Drive.

Edits after the first analysis (new DSL facts, Engine v2):

- kind=code on "Shared notebook": "Jupyter Notebooks ... containing executable snippets of
  Python code and common Unix command-line functionality".
- kind=code on "Downloaded files and scripts": "malicious code, which may be obfuscated or
  hidden in a downloaded script".
- kind=model-artifact, format=pickle on "Model checkpoints": "searches the mounted Drive for
  PyTorch model checkpoint files: ... -name *.pt"; "/content/drive/MyDrive/models/checkpoint.pt".
"""

from __future__ import annotations

import threatgraph as tg
from threatgraph import controls as c

CASE_ID = "AML.CS0018"
NAME = "Arbitrary Code Execution with Google Colab"


def build() -> tg.ThreatModel:
    tm = tg.ThreatModel(
        f"{CASE_ID} {NAME}",
        # A widely used consumer service with access to users' Drive, photos and contacts.
        profile=tg.RiskProfile.HIGH,
        description="Hosted Jupyter notebooks with Google Drive integration.",
    )
    notebook = tg.Data("Shared notebook", sensitivity=tg.Sensitivity.PUBLIC, kind=tg.DataKind.CODE)
    downloads = tg.Data(
        "Downloaded files and scripts", sensitivity=tg.Sensitivity.PUBLIC, kind=tg.DataKind.CODE
    )
    outbound = tg.Data("Outbound network traffic", sensitivity=tg.Sensitivity.CONFIDENTIAL)
    checkpoints = tg.Data(
        "Model checkpoints",
        sensitivity=tg.Sensitivity.CONFIDENTIAL,
        kind=tg.DataKind.MODEL_ARTIFACT,
        format=tg.Serialization.PICKLE,
    )
    drive_files = tg.Data("Drive files", sensitivity=tg.Sensitivity.CONFIDENTIAL)
    personal = tg.Data(
        "Photos and contacts", sensitivity=tg.Sensitivity.PII, description="Google Photos data."
    )
    results = tg.Data("Notebook output", sensitivity=tg.Sensitivity.CONFIDENTIAL)

    with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
        # "Users can also share Jupyter Notebooks with other users via links";
        # "Users may come across a compromised notebook on public websites or through
        # direct sharing."
        shared = tm.add(
            tg.DataSource(
                "Shared notebooks",
                origin=tg.Origin.PUBLIC_WEB,
                provides={notebook},
            )
        )
        # "this code execution functionality can allow users to download arbitrary files
        # from the internet"
        web = tm.add(tg.ExternalService("Internet hosts"))

    with tm.boundary("Google Colab", trust=tg.Trust.PARTNER):
        # "Google Colab is a Jupyter Notebook service that executes on virtual machines";
        # notebooks contain "executable snippets of Python code and common Unix
        # command-line functionality".
        # DSL gap: a notebook is code that the user runs with their own privileges; a
        # data flow cannot say that what it carries is executed. Modelled as notebook
        # data flowing into a service that runs it.
        runtime = tm.add(
            tg.Service(
                "Colab notebook VM",
                description="Runs the notebook's Python and shell commands.",
            )
        )

    with tm.boundary("User's Google account", trust=tg.Trust.INTERNAL):
        # "When a user opens a shared Jupyter Notebook in Colab"
        user = tm.add(tg.Actor("Colab user", role="ML researcher"))
        # "allow a user to substitute their own files", "train on data stored there or to
        # save model output files": "/content/drive/MyDrive/models/checkpoint.pt"
        drive = tm.add(tg.DataStore("Google Drive", stores={checkpoints, drive_files, personal}))

    tm.flow(shared, user, notebook, protocol="https", label="link to a shared notebook")
    tm.flow(user, runtime, notebook, protocol="https", label="opens and runs cells")
    tm.flow(runtime, user, results, protocol="https")
    tm.flow(web, runtime, downloads, protocol="https")
    tm.flow(runtime, web, outbound)
    # "they are asked whether they'd like to allow the notebook to access their Google
    # Drive": the drive.mount() consent popup.
    consent = c.HumanInTheLoop(
        approver="the notebook user", note="Drive access consent popup on drive.mount()"
    )
    tm.flow(drive, runtime, checkpoints, drive_files, personal, controls={consent})
    tm.flow(runtime, drive, checkpoints, drive_files, controls={consent})
    return tm


EXPECTED: dict[int, tuple[str, ...]] = {
    # "Users may come across a compromised notebook on public websites"
    2: ("shared-notebooks", "colab-user->colab-notebook-vm"),
    # "A victim user may mount their Google Drive into the compromised Colab notebook"
    3: ("google-drive", "google-drive->colab-notebook-vm", "colab-notebook-vm->google-drive"),
    # "unwittingly execute malicious code provided as part of a compromised Colab notebook"
    4: ("colab-notebook-vm", "colab-user->colab-notebook-vm", "internet-hosts->colab-notebook-vm"),
    # "searches the mounted Drive for PyTorch model checkpoint files"
    5: ("google-drive", "google-drive->colab-notebook-vm"),
    # "open a server to exfiltrate private data or ML model artifacts"
    6: ("colab-notebook-vm->internet-hosts",),
    # "ML model artifacts stored in Google Drive"
    7: ("google-drive", "colab-notebook-vm->internet-hosts"),
}
