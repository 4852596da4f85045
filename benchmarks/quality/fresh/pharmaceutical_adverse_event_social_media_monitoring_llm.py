"""Social media adverse event monitoring: the first design, before any security review.

The pharmacovigilance (PV) department of an EU-based drug company must pick up
possible adverse event reports about its products wherever patients talk about
them. A social listening vendor delivers public posts that mention our product
names, and our own crawler collects threads from open patient forums. An
ingestion pipeline in our PV cloud account stores the raw posts; a triage service
sends each one, with the product dictionary and a prompt template maintained by a
PV scientist, to an LLM hosted by a model vendor, which says whether the post
describes an adverse event and extracts drug, event, seriousness and reporter.
Flagged posts land in a candidate queue that safety officers work through in a
review portal (corporate SSO, roles per product); only an officer's confirmation
creates a case in the validated safety database, which submits E2B reports to
the regulators' gateway. The LLM vendor passed supplier qualification; the safety
database keeps a GxP audit trail and is encrypted at rest.
"""

import threatgraph as tg

c = tg.controls

tm = tg.ThreatModel(
    "Social media adverse event monitoring",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM triage of public posts and forum threads for possible adverse "
    "event reports, confirmed by safety officers before case entry.",
)

# ---------------------------------------------------------------- data assets
social_posts = tg.Data(
    "Social media posts",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Public posts matching product keywords, with author handle, "
    "profile location and post text, often describing the author's own health.",
)
forum_threads = tg.Data(
    "Patient forum threads",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Threads from open patient communities, with usernames and health details.",
)
dictionary = tg.Data(
    "Product and MedDRA dictionary",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Brand and generic names, common misspellings and MedDRA terms.",
)
prompt_template = tg.Data(
    "Triage prompt template",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
triage_prompt = tg.Data(
    "Triage prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Prompt template, matched dictionary entries and the full post text.",
)
assessment = tg.Data(
    "Adverse event assessment",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="AE yes/no, suspected product, event terms, seriousness and reporter handle, as JSON.",
)
candidates = tg.Data(
    "Candidate adverse event reports",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
review_decision = tg.Data(
    "Safety officer review decision",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Confirm as valid case, reject, or request follow-up, with the coded terms.",
)
icsr = tg.Data(
    "Individual case safety report",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
e2b_submission = tg.Data("E2B(R3) submission", kind="records", sensitivity=tg.Sensitivity.REGULATED)
e2b_ack = tg.Data("E2B acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Open patient communities we crawl ourselves; anyone can post there.
    forums = tm.add(
        tg.DataSource(
            "Patient forums",
            origin=tg.Origin.PUBLIC_WEB,
            provides={forum_threads},
            description="Public patient forums and condition communities on the crawl list.",
        )
    )

with tm.boundary("Social listening vendor", trust=tg.Trust.PARTNER):
    # The vendor holds the platform firehose licences and filters by our keywords.
    listening_feed = tm.add(
        tg.DataSource(
            "Social listening feed",
            origin=tg.Origin.VENDOR,
            provides={social_posts},
            description="Keyword-matched public posts from the major platforms, pulled every 15 minutes.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model that does the reading; vendor qualified by PV quality assurance.
    llm = tm.add(
        tg.LLM(
            "Hosted triage LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose model behind the vendor's EU API; posts it "
            "does not flag are never seen by a safety officer.",
            controls={
                c.SupplierAssessment(note="vendor qualification and DPA, no training on our data"),
            },
        )
    )

with tm.boundary("Regulatory authorities", trust=tg.Trust.PARTNER):
    # Where valid cases must be reported within 15 or 90 days.
    regulator = tm.add(
        tg.ExternalService(
            "Regulatory E2B gateway",
            description="EudraVigilance and FDA ESG gateways receiving ICSRs.",
        )
    )

with tm.boundary("PV cloud account", trust=tg.Trust.INTERNAL):
    # Pulls the vendor feed, crawls the forums, de-duplicates and stores posts.
    ingestion = tm.add(
        tg.Pipeline(
            "Post ingestion pipeline",
            stage=tg.Stage.INGESTION,
            third_party_packages=True,
            controls={c.InputValidation(note="language, length and duplicate checks")},
        )
    )
    # Every collected post, kept so a case can be traced back to its source.
    raw_posts = tm.add(tg.DataStore("Raw post store", stores={social_posts, forum_threads}))
    # Reference data and the prompt the triage step uses.
    config_store = tm.add(
        tg.DataStore("Triage configuration store", stores={dictionary, prompt_template})
    )
    # Builds one prompt per post, calls the LLM and parses its JSON answer.
    triage = tm.add(
        tg.Service(
            "AE triage service",
            description="Works through new posts, asks the LLM for an assessment and "
            "queues those it flags as possible adverse events.",
        )
    )
    # Work list of flagged posts waiting for a safety officer.
    candidate_queue = tm.add(tg.DataStore("Candidate case queue", stores={candidates}))
    # Web app where safety officers review, code and confirm candidates.
    portal = tm.add(
        tg.Endpoint(
            "Safety review portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO (OIDC)"),
                c.RBAC(note="officers see the products they are assigned"),
                c.HumanInTheLoop(approver="a safety officer confirms each case before entry"),
            },
        )
    )

    with tm.boundary("GxP safety zone", trust=tg.Trust.RESTRICTED):
        # Validated system of record for adverse event cases.
        safety_db = tm.add(
            tg.DataStore(
                "Safety database",
                stores={icsr},
                controls={
                    c.AuditLogging(note="GxP audit trail"),
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RBAC(),
                },
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews candidates and decides what is a valid case.
    officer = tm.add(tg.Actor("Safety officer", role="pharmacovigilance safety officer"))
    # Maintains the product dictionary and the triage prompt.
    scientist = tm.add(
        tg.Actor("PV scientist", role="pharmacovigilance scientist", privileged=True)
    )

# ---------------------------------------------------------------- flows
tm.flow(listening_feed, ingestion, social_posts, protocol="https", label="15-minute pull")
tm.flow(forums, ingestion, forum_threads, protocol="https", label="hourly crawl")
tm.flow(ingestion, raw_posts, social_posts, forum_threads)

tm.flow(scientist, config_store, dictionary, prompt_template, protocol="https")
tm.flow(raw_posts, triage, social_posts, forum_threads, label="new posts batch")
tm.flow(config_store, triage, dictionary, prompt_template)
tm.flow(triage, llm, triage_prompt, protocol="https")
tm.flow(llm, triage, assessment, protocol="https")
tm.flow(triage, candidate_queue, candidates)

tm.flow(candidate_queue, portal, candidates)
tm.flow(portal, officer, candidates, protocol="https")
tm.flow(officer, portal, review_decision, protocol="https")
tm.flow(portal, candidate_queue, review_decision)
tm.flow(portal, safety_db, icsr, label="confirmed case entry")

tm.flow(safety_db, regulator, e2b_submission, protocol="https")
tm.flow(regulator, safety_db, e2b_ack, protocol="https")
