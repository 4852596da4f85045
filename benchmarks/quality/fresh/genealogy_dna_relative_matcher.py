"""Genealogy DNA relative matcher: the first design, before any security review.

Customers of our consumer genealogy service buy a saliva kit, register it in the
app and mail it to a partner genotyping lab. The lab uploads the raw genotype
file over SFTP. Customers can also upload raw DNA files exported from other
testing companies through the web and mobile app. An ingestion job checks each
file's format and stores the genotype in an encrypted genotype vault. A matching
pipeline compares every new genome with the opted-in customer database, finds
shared segments, and an in-house model estimates the relationship; the matches
and their shared-segment details appear in each customer's web and mobile app.
Customers sign in with a password and optional MFA. Law-enforcement requests
arrive through a request portal; under our published policy the legal team
reviews each one and only they can export data, from a logged console.
The service runs in our cloud account and serves customers in the EU and US.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Genealogy DNA relative matcher",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Consumer DNA relative matching from lab and customer-uploaded genotypes.",
)

# ---------------------------------------------------------------- data assets
account = tg.Data(
    "Customer account and kit registration",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, email, date of birth, kit id, matching opt-in and visibility settings.",
)
lab_genotype = tg.Data(
    "Lab raw genotype file",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="About 650,000 SNP calls per kit, keyed by kit id.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
uploaded_genotype = tg.Data(
    "Uploaded raw DNA file",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Raw data exported from another testing company and uploaded by a customer.",
)
genotype = tg.Data(
    "Normalised genotype",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
segment_stats = tg.Data(
    "Shared segment statistics", sensitivity=tg.Sensitivity.REGULATED, kind="features"
)
relationship = tg.Data("Relationship estimate", sensitivity=tg.Sensitivity.PII, kind="model-output")
matches = tg.Data(
    "Match list with shared segments",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Matched relatives, predicted relationship, shared cM and segment positions.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
le_request = tg.Data(
    "Law-enforcement request",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Subpoena, warrant or court order naming a customer or a DNA sample.",
)
disclosure = tg.Data(
    "Law-enforcement disclosure", kind="records", sensitivity=tg.Sensitivity.REGULATED
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Customers using the web site and the mobile app.
    customer = tm.add(tg.Actor("Customer", role="consumer"))
    # Raw files from other testing companies: we cannot know whose DNA they are.
    external_files = tm.add(
        tg.DataSource(
            "Third-party raw DNA files",
            origin=tg.Origin.USER_UPLOAD,
            provides={uploaded_genotype},
        )
    )
    # Police and other agencies sending legal process.
    agency = tm.add(tg.Actor("Law-enforcement agency", role="requester"))

with tm.boundary("Genotyping lab", trust=tg.Trust.PARTNER):
    # The contracted lab that extracts and genotypes the saliva samples.
    lab = tm.add(
        tg.DataSource("Partner genotyping lab", origin=tg.Origin.PARTNER, provides={lab_genotype})
    )

with tm.boundary("Production cloud", trust=tg.Trust.INTERNAL):
    # The API behind the web site and the mobile app.
    app_api = tm.add(
        tg.Endpoint(
            "Customer app API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="password with optional TOTP MFA"),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # Accounts, kit registrations and the matching opt-in.
    accounts = tm.add(
        tg.DataStore(
            "Account database",
            stores={account},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Checks and normalises lab files and customer uploads before they are stored.
    ingestion = tm.add(
        tg.Pipeline(
            "Genotype ingestion",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement(note="known chip formats and SNP counts only")},
        )
    )
    # Compares each new genome with every opted-in genome and builds the match lists.
    matching = tm.add(
        tg.Pipeline(
            "Matching pipeline",
            stage=tg.Stage.PREPROCESSING,
            description="IBD segment detection against the opted-in database.",
        )
    )
    # Turns shared-segment statistics into a predicted relationship and its likelihood.
    rel_model = tm.add(
        tg.Model(
            "Relationship estimator",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            controls={
                c.ModelValidation(note="checked against known pedigrees before release"),
                c.ModelVersioning(),
            },
        )
    )
    # What the apps show: each customer's relatives and shared segments.
    match_store = tm.add(
        tg.DataStore(
            "Match database",
            stores={matches},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Where law-enforcement requests are submitted.
    le_portal = tm.add(tg.Service("Law-enforcement request portal"))

    with tm.boundary("Genetic data vault", trust=tg.Trust.RESTRICTED):
        # Every customer's genotype, the crown jewels.
        vault = tm.add(
            tg.DataStore(
                "Genotype vault",
                stores={genotype},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # The legal team applies the published law-enforcement policy.
    legal = tm.add(tg.Actor("Legal team", role="legal counsel", privileged=True))
    # The only way to export a customer's data for a request.
    console = tm.add(
        tg.Service(
            "Legal compliance console",
            controls={
                c.HumanInTheLoop(approver="general counsel"),
                c.AuditLogging(retention_days=2555),
                c.Authentication(method="corporate SSO"),
            },
        )
    )

# ---------------------------------------------------------------- flows
# Accounts and kit registration
tm.flow(customer, app_api, account, protocol="https", label="sign-up and kit registration")
tm.flow(app_api, accounts, account)
tm.flow(accounts, app_api, account)

# Genotypes in
tm.flow(lab, ingestion, lab_genotype, protocol="sftp")
tm.flow(external_files, customer, uploaded_genotype, label="exported by the customer")
tm.flow(customer, app_api, uploaded_genotype, protocol="https", label="raw file upload")
tm.flow(app_api, ingestion, uploaded_genotype)
tm.flow(accounts, ingestion, account, label="kit id to customer")
tm.flow(ingestion, vault, genotype)

# Matching
tm.flow(vault, matching, genotype)
tm.flow(accounts, matching, account, label="opt-in and visibility settings")
tm.flow(matching, rel_model, segment_stats)
tm.flow(rel_model, matching, relationship)
tm.flow(matching, match_store, matches)

# Matches out to the apps
tm.flow(match_store, app_api, matches)
tm.flow(app_api, customer, matches, protocol="https")

# Law-enforcement requests
tm.flow(agency, le_portal, le_request, protocol="https")
tm.flow(le_portal, console, le_request)
tm.flow(legal, console, le_request, label="review decision")
tm.flow(accounts, console, account)
tm.flow(match_store, console, matches)
tm.flow(vault, console, genotype)
tm.flow(console, legal, disclosure)
tm.flow(legal, agency, disclosure, protocol="smtps", label="disclosure package")
