"""Orchestra library part-marking reader: the first design, before any security review.

After rehearsals the librarian scans the players' and conductor's pencil-marked
parts on the library scanner; visiting conductors' librarians upload marked PDFs
through a per-production upload link on the orchestra's website. A marking
detector (open-weights, fine-tuned in-house on a GPU server in the library)
finds bowings, cuts and fingerings on each page, and an alignment service maps
them onto measures of the digital master parts (MusicXML). Each proposed edit
waits until the librarian approves or corrects it in the review app (Microsoft
365 sign-in with MFA); only approved edits are committed to the git-versioned
master parts repository, from which the parts are printed. Corrections become
labels for a quarterly fine-tuning run whose PyTorch checkpoint the service loads.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Orchestra library part-marking reader",
    profile=tg.RiskProfile.LOW,
    description="Reads pencil bowings and cuts from scanned orchestral parts and "
    "proposes them as edits to the digital master parts for the librarian to approve.",
)

# ---------------------------------------------------------------- data assets
paper_parts = tg.Data(
    "Marked paper parts",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Printed parts with players' and the conductor's pencil markings.",
)
scans = tg.Data(
    "Marked part scans",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="PDF/TIFF page images of marked parts, tagged with work, part and stand.",
)
detected = tg.Data(
    "Detected markings",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Marking type, page position and confidence for each bowing, cut or fingering.",
)
proposed = tg.Data(
    "Proposed part edits",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Measure-anchored edits to a master part, with the scan crop they came from.",
)
decisions = tg.Data(
    "Librarian review decisions",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Approve, reject or correct, per proposed edit.",
)
approved = tg.Data(
    "Approved part edits",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
master_parts = tg.Data(
    "Digital master parts",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="MusicXML masters of licensed editions with the orchestra's own bowings and cuts.",
)
labels = tg.Data(
    "Marking correction labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
base_weights = tg.Data(
    "Base detector weights", sensitivity=tg.Sensitivity.PUBLIC, format="safetensors"
)
weights = tg.Data(
    "Marking model checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Guest conductors bring their own bowings; their librarians send marked parts ahead.
    visiting_librarian = tm.add(
        tg.Actor("Visiting conductor's librarian", role="guest conductor's librarian")
    )
    # Where the open-weights base detector was downloaded from for fine-tuning.
    model_hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("Orchestra web hosting", trust=tg.Trust.INTERNAL):
    # Lets outside librarians hand in marked PDFs without e-mail attachments.
    upload_page = tm.add(
        tg.Endpoint(
            "Marked part upload page",
            purpose="api",
            internet_facing=True,
            description="One upload link per production, e-mailed to the guest's librarian.",
            controls={
                c.Authentication(method="per-production upload link"),
                c.InputValidation(note="PDF and TIFF only, 200 MB per upload"),
            },
        )
    )

with tm.boundary("Orchestra office network", trust=tg.Trust.INTERNAL):
    # Owns the parts: scans them, approves every edit and prints the performance parts.
    librarian = tm.add(tg.Actor("Orchestra librarian", role="librarian"))
    # The library's document scanner, scan-to-folder onto the library server.
    scanner = tm.add(tg.Device("Library document scanner", fleet=False))
    # Where the librarian checks each proposed edit against the scan crop it came from.
    review_app = tm.add(
        tg.Endpoint(
            "Marking review app",
            purpose="api",
            controls={c.Authentication(method="Microsoft 365 sign-in with MFA")},
        )
    )

with tm.boundary("Library ML server", trust=tg.Trust.INTERNAL):
    # Landing folder for every scan, from the scanner and from the upload page.
    scan_inbox = tm.add(tg.DataStore("Scan inbox", stores={scans}))
    # Picks up new scans, runs the detector page by page.
    extraction = tm.add(tg.Service("Marking extraction service"))
    # The model that reads pencil markings off the page images.
    marking_model = tm.add(
        tg.Model(
            "Marking recognition model",
            task="detector",
            origin="open-weights",
            description="Open-weights vision detector fine-tuned on the library's own marked parts.",
        )
    )
    # Turns page positions into measure numbers and edits on the matching master part.
    alignment = tm.add(tg.Service("Part alignment service"))
    # Holds proposed edits until the librarian has decided on each one.
    review_queue = tm.add(tg.DataStore("Edit review queue", stores={proposed}))
    # The orchestra's digital master parts; every change is a commit.
    master_repo = tm.add(
        tg.DataStore(
            "Master parts repository",
            stores={master_parts},
            controls={c.DataVersioning(note="git repository, one commit per approved edit")},
        )
    )
    # The librarian's corrections, kept to improve the detector.
    corrections = tm.add(tg.Dataset("Marking corrections set", stores={labels, scans}))
    # Quarterly fine-tuning run on the GPU server.
    fine_tuning = tm.add(
        tg.Pipeline("Quarterly fine-tuning", stage="fine-tuning", third_party_packages=True)
    )
    # Folder of checkpoints the extraction service loads the current model from.
    model_folder = tm.add(tg.ModelRegistry("Model checkpoint folder", stores={weights}))

# ---------------------------------------------------------------- flows
# Getting the marked parts in
tm.flow(librarian, scanner, paper_parts, label="placed on the scanner by hand")
tm.flow(scanner, scan_inbox, scans, protocol="smb", label="scan to folder")
tm.flow(visiting_librarian, upload_page, scans, protocol="https")
tm.flow(upload_page, scan_inbox, scans, protocol="https", label="hourly pull by the library server")

# Reading the markings and proposing edits
tm.flow(scan_inbox, extraction, scans)
tm.flow(extraction, marking_model, scans)
tm.flow(marking_model, extraction, detected)
tm.flow(extraction, alignment, detected)
tm.flow(master_repo, alignment, master_parts, label="current master part")
tm.flow(alignment, review_queue, proposed)

# Librarian review
tm.flow(review_queue, review_app, proposed)
tm.flow(scan_inbox, review_app, scans, label="scan crops")
tm.flow(review_app, librarian, proposed, scans, protocol="https")
tm.flow(librarian, review_app, decisions, protocol="https")
tm.flow(review_app, review_queue, decisions)
tm.flow(
    review_app,
    master_repo,
    approved,
    controls={c.HumanInTheLoop(approver="the orchestra librarian")},
)
tm.flow(master_repo, librarian, master_parts, protocol="https", label="export for printing")

# Learning from corrections
tm.flow(review_app, corrections, labels)
tm.flow(scan_inbox, corrections, scans, label="pages with corrections")
tm.flow(corrections, fine_tuning, labels, scans)
tm.flow(model_hub, fine_tuning, base_weights, protocol="https")
tm.flow(fine_tuning, model_folder, weights)
tm.flow(model_folder, marking_model, weights, label="load current checkpoint")
