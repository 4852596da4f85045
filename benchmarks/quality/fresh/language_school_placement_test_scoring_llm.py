"""Language school placement test: the first design, before any security review.

New students (adults and teenagers from 16) take an online placement test before
they book a course. They sign in to the test web app with a one-time link sent to
their e-mail address, answer written tasks and record short spoken answers in
the browser. A test orchestrator in the school's cloud account sends each written
answer, with the CEFR rubric and a scoring prompt, to a hosted LLM (EU region,
data processing agreement signed), and each recording to an open-weights speech
assessment model on our own GPU instance. A placement service combines the two
levels into a CEFR placement and a proposed class, shows it to the student and
sends it to the SaaS course enrolment system. Teachers review only the cases where
the written and spoken levels disagree, in a review console behind Google
Workspace single sign-on; the director of studies maintains rubrics and prompts
there. Recordings and results are encrypted at rest in managed storage.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Language school placement test scoring",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="LLM and speech-model scoring of an online placement test that assigns students to classes.",
)

# ---------------------------------------------------------------- data assets
student_details = tg.Data(
    "Student account details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail address, age band, first language, course wishes.",
)
test_items = tg.Data(
    "Placement test questions",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The item bank: reading texts, writing tasks and speaking prompts.",
)
written = tg.Data("Written answers", kind="documents", sensitivity=tg.Sensitivity.PII)
recordings = tg.Data(
    "Spoken answer recordings",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Up to two minutes of audio per speaking task, recorded in the browser.",
)
rubrics = tg.Data(
    "Scoring rubrics and prompts",
    kind="instructions",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="CEFR band descriptors, anchor answers and the LLM scoring prompt template.",
)
scoring_prompt = tg.Data(
    "Written-answer scoring prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="The rubric, the task and the student's written answer.",
)
written_score = tg.Data(
    "Written level and rationale", kind="model-output", sensitivity=tg.Sensitivity.PII
)
speech_score = tg.Data(
    "Spoken level scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Pronunciation, fluency and range scores mapped to a CEFR band.",
)
placement = tg.Data(
    "Placement result",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="CEFR level and the proposed class for the student.",
)
override = tg.Data("Placement override", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can start a placement test; they only need an e-mail address.
    student = tm.add(tg.Actor("Prospective student", role="student"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Scores the written tasks against the rubric; hosted in the vendor's EU region.
    llm = tm.add(
        tg.LLM(
            "Written answer scoring LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose hosted model prompted to grade a text against CEFR descriptors.",
            controls={
                c.SupplierAssessment(note="DPA signed, EU data residency, no training on inputs")
            },
        )
    )

with tm.boundary("Enrolment SaaS", trust=tg.Trust.PARTNER):
    # The school's existing booking system: classes, timetables, invoices, welcome e-mails.
    enrolment = tm.add(
        tg.ExternalService(
            "Course enrolment system",
            description="Hosted course booking system; receives the placement over its REST API.",
        )
    )

with tm.boundary("School cloud account", trust=tg.Trust.INTERNAL):
    # What students use: serves the test and collects the answers.
    web_app = tm.add(
        tg.Endpoint(
            "Placement test web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="one-time sign-in link sent by e-mail"),
                c.InputValidation(
                    note="text limited to 400 words per task; audio only webm/opus up to 2 minutes"
                ),
            },
        )
    )
    # Drives the scoring of one test: fetches the rubric, calls both models, stores results.
    orchestrator = tm.add(tg.Service("Test scoring orchestrator"))
    # Open-weights speech assessment model served on our own GPU instance.
    speech_model = tm.add(
        tg.Model(
            "Speech scoring model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            description="Pretrained pronunciation and fluency assessment model with our CEFR calibration.",
        )
    )
    # Turns the two levels into a placement and a proposed class.
    placement_svc = tm.add(
        tg.Service(
            "Placement service",
            description="Averages written and spoken levels and picks the class with free seats.",
            controls={
                c.HumanInTheLoop(
                    approver="a teacher",
                    note="only placements whose written and spoken levels differ by more than one "
                    "CEFR band are queued for review; the others go straight to enrolment",
                )
            },
        )
    )
    # Where teachers review disputed placements and the director edits rubrics.
    console = tm.add(
        tg.Endpoint(
            "Teacher review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Google Workspace SSO with 2-step verification"),
                c.RBAC(note="teachers review; only the director of studies edits rubrics"),
            },
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Item bank, rubrics and prompt templates.
        content_store = tm.add(tg.DataStore("Test content store", stores={test_items, rubrics}))
        # Kept so that teachers can listen again when they review a placement.
        audio_store = tm.add(
            tg.DataStore(
                "Audio recordings bucket",
                stores={recordings},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Accounts, answers, scores and placements.
        results_db = tm.add(
            tg.DataStore(
                "Results database",
                stores={student_details, written, written_score, speech_score, placement, override},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("School staff", trust=tg.Trust.INTERNAL):
    # Reviews borderline placements and can change them.
    teacher = tm.add(tg.Actor("Teacher", role="teacher"))
    # Owns the test content and the scoring rubric.
    director = tm.add(tg.Actor("Director of studies", role="academic manager", privileged=True))

# ---------------------------------------------------------------- flows
# taking the test
tm.flow(student, web_app, student_details, written, recordings, protocol="https")
tm.flow(content_store, web_app, test_items)
tm.flow(web_app, student, test_items, placement, protocol="https")
tm.flow(web_app, results_db, student_details)
tm.flow(web_app, orchestrator, written, recordings)

# scoring
tm.flow(content_store, orchestrator, rubrics)
tm.flow(orchestrator, audio_store, recordings)
tm.flow(orchestrator, llm, scoring_prompt, protocol="https")
tm.flow(llm, orchestrator, written_score, protocol="https")
tm.flow(orchestrator, speech_model, recordings)
tm.flow(speech_model, orchestrator, speech_score)
tm.flow(orchestrator, results_db, written, written_score, speech_score)
tm.flow(orchestrator, placement_svc, written_score, speech_score)

# placement
tm.flow(placement_svc, results_db, placement)
tm.flow(placement_svc, web_app, placement)
tm.flow(placement_svc, enrolment, student_details, placement, protocol="https")

# teacher review and rubric upkeep
tm.flow(results_db, console, written, written_score, speech_score, placement, label="review queue")
tm.flow(audio_store, console, recordings)
tm.flow(
    console, teacher, written, recordings, written_score, speech_score, placement, protocol="https"
)
tm.flow(teacher, console, override, protocol="https")
tm.flow(console, results_db, override)
tm.flow(console, placement_svc, override)
tm.flow(director, console, rubrics, protocol="https")
tm.flow(console, director, rubrics, protocol="https")
tm.flow(console, content_store, rubrics)
