"""Model release consent check for a stock photo agency: the first design.

Contributors (independent photographers, anywhere in the world) upload photos of
identifiable people through the contributor portal, together with the photo
metadata and a scanned, signed model release as a PDF. A release check service in
the agency's cloud account extracts the PDF text and asks an LLM hosted by a
vendor to match the model's name, the signature date and the shoot date on the
release against the photo metadata; the LLM's structured verdict approves or
rejects the submission. Approved photos are listed in the catalogue and go on sale
on the public storefront. Compliance reviewers spot-check a sample of the
decisions afterwards in a review console and can withdraw a listing. Contributors
sign in with e-mail and password; staff sign in through the company's SSO. Files
are stored encrypted in the cloud provider's object store, uploads are checked for
type and size, and every verdict is written to a decision log.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Stock photo model release check",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "An LLM checks that photos of people submitted by contributors carry a matching "
        "signed model release before they go on sale."
    ),
)

# ---------------------------------------------------------------- data assets
photo = tg.Data(
    "Submitted photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Full-resolution image of one or more identifiable people.",
)
metadata = tg.Data(
    "Photo metadata",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Title, keywords, shoot date and location, names of the people shown.",
)
release_pdf = tg.Data(
    "Model release PDF",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Signed release: model's name, address, date of birth, signature, "
    "guardian's signature for minors, witness.",
)
prompt = tg.Data(
    "Release check prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the extracted release text and the photo metadata.",
)
verdict = tg.Data(
    "Release check verdict",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Approve or reject, the names and dates matched, and a short reason.",
)
decision_record = tg.Data(
    "Release decision record",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Submission id, verdict, reason, model version and time.",
)
status = tg.Data("Submission status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
decision_email = tg.Data(
    "Decision e-mail",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Approval or rejection notice with the reason, to the contributor.",
)
listing = tg.Data(
    "Approved photo listing",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Public title, keywords, price and a watermarked preview.",
)
sample = tg.Data(
    "Spot-check sample",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="A random share of the day's verdicts with their submissions.",
)
spot_check = tg.Data(
    "Spot-check outcome",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Reviewer agrees, or withdraws the approval with a reason.",
)
search = tg.Data("Catalogue search query", kind="records", sensitivity=tg.Sensitivity.PUBLIC)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Photographers who sell through the agency; anyone can open a contributor account.
    contributor = tm.add(tg.Actor("Contributor", role="photographer"))
    # Visitors and buyers who browse and license photos on the public site.
    buyer = tm.add(tg.Actor("Buyer", role="customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model behind the vendor's API; it reads the release and decides.
    llm = tm.add(
        tg.LLM(
            "Release check LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Matches release names and dates to the metadata; returns JSON.",
            controls={c.SupplierAssessment(note="vendor DPA signed, no training on our data")},
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that tells contributors the outcome.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Agency cloud account", trust=tg.Trust.INTERNAL):
    # Where contributors upload; the only way submissions enter.
    portal = tm.add(
        tg.Endpoint(
            "Contributor portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="JPEG/TIFF and PDF only, 50 MB limit"),
            },
        )
    )
    # Extracts the PDF text, builds the prompt, calls the LLM and acts on its verdict.
    checker = tm.add(
        tg.Service(
            "Release check service",
            description="Queue worker: one submission at a time, publishes approved photos.",
            controls={c.SchemaEnforcement(note="verdict must parse as the JSON schema")},
        )
    )
    # The public site where approved photos are sold.
    storefront = tm.add(
        tg.Endpoint("Public storefront", purpose=tg.EndpointPurpose.API, internet_facing=True)
    )
    # Listings of approved photos that the storefront reads.
    catalogue = tm.add(tg.DataStore("Photo catalogue database", stores={listing}))
    # Staff tool to look at a sample of verdicts next to the release and photo.
    console = tm.add(
        tg.Service(
            "Review console",
            controls={c.Authentication(method="company SSO (OIDC) with MFA"), c.RBAC()},
        )
    )

    with tm.boundary("Submission data", trust=tg.Trust.RESTRICTED):
        # Object store holding originals, metadata and the release PDFs.
        submissions = tm.add(
            tg.DataStore(
                "Submission store",
                stores={photo, metadata, release_pdf, status},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Every verdict, kept to answer disputes and for the spot checks.
        decision_log = tm.add(
            tg.DataStore(
                "Decision log",
                stores={decision_record},
                controls={c.AuditLogging()},
            )
        )

with tm.boundary("Agency office network", trust=tg.Trust.INTERNAL):
    # Compliance staff who spot-check a sample of the LLM's decisions.
    reviewer = tm.add(tg.Actor("Compliance reviewer", role="reviewer"))

# ---------------------------------------------------------------- flows
tm.flow(contributor, portal, photo, metadata, release_pdf, protocol="https")
tm.flow(portal, contributor, status, protocol="https")
tm.flow(portal, submissions, photo, metadata, release_pdf)
tm.flow(submissions, portal, status)

tm.flow(submissions, checker, release_pdf, metadata)
tm.flow(checker, llm, prompt, protocol="https")
tm.flow(llm, checker, verdict, protocol="https")
tm.flow(checker, decision_log, decision_record)
tm.flow(checker, submissions, status, label="approved or rejected")
tm.flow(submissions, checker, photo, label="approved originals")
tm.flow(checker, catalogue, listing, label="publish approved photo")
tm.flow(checker, mailer, decision_email, protocol="https")
tm.flow(mailer, contributor, decision_email, protocol="smtp+starttls")

tm.flow(decision_log, console, sample)
tm.flow(submissions, console, release_pdf, photo, metadata)
tm.flow(console, reviewer, sample, release_pdf, photo, protocol="https")
tm.flow(reviewer, console, spot_check, protocol="https")
tm.flow(console, catalogue, spot_check, label="withdraw listing")
tm.flow(console, decision_log, spot_check)

tm.flow(buyer, storefront, search, protocol="https")
tm.flow(catalogue, storefront, listing)
tm.flow(storefront, buyer, listing, protocol="https")
