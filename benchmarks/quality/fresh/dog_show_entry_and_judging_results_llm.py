"""Dog show entries and judging results: the first design, before any security review.

A kennel club in the UK runs its championship shows' entries online. Exhibitors sign
in to an entry portal with e-mail and password, enter their dogs in classes and
upload pedigree and vaccination certificate scans. An entry service on the club's
cloud sends each entry, the scans' text and the show's class rules to a hosted LLM,
which checks eligibility against the club's registration records and drafts the
catalogue entry. The show secretary reviews the entries the LLM rejects and approves
the whole catalogue before it goes to the printer. In the ring, judges enter
placings on club tablets over the venue Wi-Fi; the results API takes them with a
per-ring PIN, and a points job in the club office updates the championship points
records, which only office staff can change. Uploads are limited by file type and
size, and the entries database is encrypted at rest by the cloud provider.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dog show entry and judging results LLM",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "LLM-assisted show entry processing, eligibility checks and catalogue drafting, "
        "with ringside results feeding championship points."
    ),
)

# ---------------------------------------------------------------- data assets
entry = tg.Data(
    "Show entry",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Owner name, address, e-mail and phone; dog name, registration number, classes.",
)
certificates = tg.Data(
    "Pedigree and vaccination certificates",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Scans uploaded by exhibitors; name owners, breeders, vets and microchip numbers.",
)
class_rules = tg.Data(
    "Show schedule and class rules",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
registrations = tg.Data(
    "Dog registration records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
eligibility_prompt = tg.Data(
    "Eligibility prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="The entry, the certificate text, the dog's registration record and the class rules.",
)
verdict = tg.Data(
    "Eligibility verdict and catalogue draft",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
entry_status = tg.Data("Entry status", kind="records", sensitivity=tg.Sensitivity.PII)
catalogue = tg.Data(
    "Show catalogue",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Printed with exhibitors' names and towns, dogs, breeders and sires and dams.",
)
approval = tg.Data("Secretary review and approval", kind="records")
ring_sheet = tg.Data("Ring sheets", kind="records", description="Class list and ring numbers.")
results = tg.Data(
    "Judging results",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
points = tg.Data(
    "Championship points",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Dog owners entering their dogs; anyone can register an account.
    exhibitor = tm.add(tg.Actor("Exhibitor", role="dog owner"))

with tm.boundary("Venue Wi-Fi", trust=tg.Trust.UNTRUSTED):
    # The judge in each ring on show day.
    judge = tm.add(tg.Actor("Judge", role="ring judge"))
    # Club-owned tablets, one per ring, on the showground's shared Wi-Fi.
    tablets = tm.add(tg.Device("Ring tablets", fleet=True))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reads the certificates and rules, decides eligibility, drafts catalogue lines.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="vendor DPA signed, no training on our data")},
        )
    )

with tm.boundary("Catalogue printer", trust=tg.Trust.PARTNER):
    # The print firm that prints the catalogue for show day.
    printer = tm.add(tg.ExternalService("Print firm"))

with tm.boundary("Club cloud", trust=tg.Trust.INTERNAL):
    # Public web app for entries, certificate uploads and entry status.
    portal = tm.add(
        tg.Endpoint(
            "Entry portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="PDF, JPEG and PNG only, 10 MB per file"),
            },
        )
    )
    # Bucket holding the uploaded certificate scans.
    uploads = tm.add(tg.DataStore("Certificate uploads", stores={certificates}))
    # Entries, exhibitors, verdicts and the catalogue draft for each show.
    entries_db = tm.add(
        tg.DataStore(
            "Entries database",
            stores={entry, verdict, catalogue, results, class_rules},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Builds the LLM prompt per entry, stores the verdicts, assembles the catalogue.
    entry_service = tm.add(
        tg.Service(
            "Entry processing service",
            controls={
                c.HumanInTheLoop(
                    approver="show secretary",
                    note="reviews entries the LLM rejects and approves the whole catalogue before print",
                )
            },
        )
    )
    # Receives placings from the ring tablets and serves them the ring sheets.
    results_api = tm.add(
        tg.Endpoint(
            "Results API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-ring PIN")},
        )
    )

with tm.boundary("Club office network", trust=tg.Trust.INTERNAL):
    # Runs the show: reviews rejected entries and approves the catalogue.
    secretary = tm.add(
        tg.Actor(
            "Show secretary",
            role="show secretary",
            privileged=True,
        )
    )
    # The club's register of dogs, owners, titles and wins.
    registry = tm.add(tg.DataStore("Registration database", stores={registrations}))
    # Turns class placings into championship points after each show.
    points_job = tm.add(tg.Service("Points update job"))
    # The club's records of championship points towards titles.
    points_db = tm.add(
        tg.DataStore(
            "Championship points records",
            stores={points},
            controls={c.RBAC(note="only office staff can edit")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(exhibitor, portal, entry, certificates, protocol="https", label="submit entry")
tm.flow(portal, exhibitor, entry_status, protocol="https")
tm.flow(portal, uploads, certificates)
tm.flow(portal, entries_db, entry)
tm.flow(entries_db, portal, entry_status)

tm.flow(entries_db, entry_service, entry, class_rules)
tm.flow(uploads, entry_service, certificates)
tm.flow(registry, entry_service, registrations, protocol="tls", label="registration lookup")
tm.flow(entry_service, llm, eligibility_prompt, protocol="https")
tm.flow(llm, entry_service, verdict, protocol="https")
tm.flow(entry_service, entries_db, verdict, entry_status, catalogue)

tm.flow(entry_service, secretary, verdict, catalogue, protocol="https", label="review queue")
tm.flow(secretary, entry_service, approval, protocol="https")
tm.flow(entry_service, printer, catalogue, protocol="https", label="approved catalogue")

tm.flow(judge, tablets, results, label="placings entered in the ring")
tm.flow(results_api, tablets, ring_sheet, protocol="https")
tm.flow(tablets, results_api, results, protocol="https")
tm.flow(entries_db, results_api, ring_sheet)
tm.flow(results_api, entries_db, results)
tm.flow(results_api, points_job, results, protocol="https")
tm.flow(registry, points_job, registrations)
tm.flow(points_job, points_db, points)
tm.flow(points_db, secretary, points)
