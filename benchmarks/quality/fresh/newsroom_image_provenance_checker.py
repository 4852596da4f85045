"""Newsroom image provenance checker: the first design.

A European news agency receives photos and videos from the public (an open
upload page) and from registered freelancers (a portal with accounts). Every
submission lands in a media store; a verification service then scores it
three ways: an open-weights manipulation-detection model fine-tuned in-house
returns a manipulation score and heatmap, keyframes are sent to a commercial
reverse image search API to find earlier copies, and an in-house content
credentials (C2PA) verifier checks any signed manifest against a public trust
list. The combined verification report is stored with the item, and photo
editors see the item with its scores in the editorial desk app, where they
decide what to publish to the CMS and on to wire subscribers. Controls in this
design: rate limiting and file-type checks on the upload portal, accounts for
freelancers, encryption at rest for submissions, SSO and roles for editors,
and an editor's decision (logged) before anything is published.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Newsroom image provenance checker",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Scores user- and freelancer-submitted photos and videos for manipulation and "
        "provenance; photo editors decide what to publish."
    ),
)

# ---------------------------------------------------------------- data assets
submission = tg.Data(
    "Submitted photo or video",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Unpublished media with its embedded metadata (EXIF, GPS, C2PA manifest).",
)
submitter_details = tg.Data(
    "Submitter details and caption",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Name, contact, claimed time and place, and caption; may identify a source at risk.",
)
keyframes = tg.Data(
    "Search keyframes",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Downscaled stills from the submission sent to the search API.",
)
search_matches = tg.Data(
    "Reverse search matches",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Earlier copies found on the web, with URLs and first-seen dates.",
)
manipulation_score = tg.Data(
    "Manipulation score and heatmap",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
credential_result = tg.Data(
    "Content credential result",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Whether a C2PA manifest is present, valid and signed by a trusted issuer.",
)
trust_list = tg.Data(
    "C2PA trust list",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
report = tg.Data(
    "Verification report",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="The three scores and the evidence behind them, per item.",
)
decision = tg.Data(
    "Publish decision",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
published = tg.Data("Published photo or video", kind="media", sensitivity=tg.Sensitivity.PUBLIC)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can upload, including people pushing fakes on purpose.
    public = tm.add(tg.Actor("Member of the public", role="eyewitness contributor"))
    # Contracted photographers with portal accounts, working from anywhere.
    freelancer = tm.add(tg.Actor("Freelance photographer", role="freelancer"))
    # Commercial reverse image search service.
    reverse_search = tm.add(
        tg.ExternalService(
            "Reverse image search API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="A commercial search API that finds earlier copies of an image on the web.",
        )
    )
    # Public list of trusted content-credential signers.
    trust_list_source = tm.add(
        tg.DataSource(
            "C2PA trust list",
            origin=tg.Origin.PUBLIC_WEB,
            provides={trust_list},
            description="Published list of trusted camera makers and signing authorities.",
        )
    )
    # Media clients that receive what the agency publishes.
    subscribers = tm.add(tg.Actor("Wire subscribers", role="media client", human=False))

with tm.boundary("Agency cloud", trust=tg.Trust.INTERNAL):
    # Single upload front door for the public page and the freelancer portal.
    portal = tm.add(
        tg.Endpoint(
            "Submission portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="allowed file types and maximum size only"),
            },
        )
    )
    # Raw submissions and submitter details.
    media_store = tm.add(
        tg.DataStore(
            "Submission media store",
            stores={submission, submitter_details},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Runs the three checks on each new item and combines the results.
    verifier = tm.add(
        tg.Service(
            "Verification service",
            description="Queues new items, calls the detector, search and credential checks, writes the report.",
        )
    )
    # The manipulation detector, fine-tuned in-house from public research weights.
    detector = tm.add(
        tg.Model(
            "Manipulation detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            description="Scores splicing, inpainting and generated content; returns a heatmap.",
        )
    )
    # Parses and validates embedded content credentials.
    c2pa_checker = tm.add(
        tg.Service(
            "Content credential verifier",
            description="Open-source C2PA library that validates manifests and signatures.",
        )
    )
    # One verification report per item.
    results_store = tm.add(tg.DataStore("Verification results store", stores={report}))
    # Publishing system that sends approved items to the wire.
    cms = tm.add(
        tg.Service(
            "Publishing CMS",
            controls={
                c.HumanInTheLoop(approver="a photo editor"),
                c.AuditLogging(retention_days=365),
            },
        )
    )

with tm.boundary("Newsroom network", trust=tg.Trust.INTERNAL):
    # Editors decide what to publish, with the scores beside the item.
    editor = tm.add(tg.Actor("Photo editor", role="photo editor"))
    # The desk's review queue showing each item with its verification report.
    desk_app = tm.add(
        tg.Service(
            "Editorial desk app",
            controls={c.Authentication(method="newsroom SSO"), c.RBAC()},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(public, portal, submission, submitter_details, protocol="https", label="open upload")
tm.flow(
    freelancer,
    portal,
    submission,
    submitter_details,
    protocol="https",
    label="freelancer portal",
    controls={c.Authentication(method="freelancer account password")},
)
tm.flow(portal, public, submitter_details, protocol="https", label="submission receipt")
tm.flow(portal, media_store, submission, submitter_details)

tm.flow(media_store, verifier, submission)
tm.flow(verifier, detector, submission)
tm.flow(detector, verifier, manipulation_score)
tm.flow(verifier, reverse_search, keyframes, protocol="https")
tm.flow(reverse_search, verifier, search_matches, protocol="https")
tm.flow(verifier, c2pa_checker, submission)
tm.flow(c2pa_checker, verifier, credential_result)
tm.flow(trust_list_source, c2pa_checker, trust_list, protocol="https", label="daily refresh")
tm.flow(verifier, results_store, report)

tm.flow(results_store, desk_app, report, protocol="https")
tm.flow(media_store, desk_app, submission, submitter_details, protocol="https")
tm.flow(desk_app, editor, submission, submitter_details, report, label="item with its scores")
tm.flow(editor, desk_app, decision)
tm.flow(desk_app, cms, decision, submission, protocol="https")
tm.flow(cms, subscribers, published, protocol="https")
