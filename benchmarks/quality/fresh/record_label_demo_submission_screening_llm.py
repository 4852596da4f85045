"""Demo submission screening: the first design, before any security review.

A small independent record label in Berlin receives a few hundred demo submissions
a week. Artists fill in a public submission form with their contact details, a bio
and pitch, and either upload audio files or paste SoundCloud/Bandcamp links. The
form runs on the label's cloud account; uploads land in a storage bucket and the
submission record in a managed Postgres database. A screening worker picks up each
new submission, fetches linked tracks, and sends the audio, the bio and the A&R
team's current screening criteria to a hosted audio-capable LLM, which writes a
short summary (genre, mood, production quality, comparable artists) and a score.
The A&R team signs in to a small dashboard with their Google Workspace accounts to
browse the ranked list, listen to demos and mark each one pass, shortlist or sign;
pass and shortlist e-mails to artists go out through a transactional e-mail service.
The form is rate limited and checks file types and sizes, storage is encrypted with
the cloud provider's default keys, and submissions are deleted after twelve months.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Record label demo submission screening",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="An audio LLM summarises and ranks artists' demo submissions for the A&R team.",
)

# ---------------------------------------------------------------- data assets
submission = tg.Data(
    "Submission form",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Artist name, e-mail, phone, country, social links, free-text bio and "
    "pitch, and any streaming links.",
)
receipt = tg.Data("Submission receipt", kind="records", sensitivity=tg.Sensitivity.PII)
demo_audio = tg.Data(
    "Demo audio",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Unreleased tracks uploaded by artists (MP3/WAV).",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
linked_tracks = tg.Data(
    "Linked streaming tracks",
    kind="media",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Audio and track pages fetched from the links artists give.",
)
criteria = tg.Data(
    "Screening criteria",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="What A&R is looking for this season; inserted into the prompt.",
)
screening_prompt = tg.Data(
    "Screening prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, screening criteria, the artist's bio and pitch, and the audio.",
)
summary = tg.Data(
    "Demo summary and score",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Genre, mood, production notes, comparable artists and a 1-10 score.",
)
shortlist = tg.Data(
    "Ranked submissions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Submissions with their summaries, sorted by score.",
)
decision = tg.Data(
    "A&R decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Pass, shortlist or sign, with the scout's notes.",
)
outcome_email = tg.Data("Outcome e-mail", kind="records", sensitivity=tg.Sensitivity.PII)
id_token = tg.Data("Staff ID token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can submit a demo; the form is public.
    artist = tm.add(tg.Actor("Artist", role="submitting artist"))
    # Artists often send links instead of files; the worker fetches them.
    streaming = tm.add(
        tg.DataSource(
            "Streaming pages",
            origin=tg.Origin.PUBLIC_WEB,
            provides={linked_tracks},
            description="SoundCloud, Bandcamp and similar pages linked from submissions.",
        )
    )

with tm.boundary("Label cloud account", trust=tg.Trust.INTERNAL):
    # The public web form and upload API artists submit through.
    portal = tm.add(
        tg.Endpoint(
            "Submission portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=10, note="per IP address"),
                c.InputValidation(note="MP3/WAV only, 50 MB per file, required form fields"),
            },
        )
    )
    # Holds the uploaded audio files.
    bucket = tm.add(
        tg.DataStore(
            "Demo storage bucket",
            stores={demo_audio},
            controls={
                c.EncryptionAtRest(key_management="cloud provider default keys"),
                c.RetentionLimits(days=365),
            },
        )
    )
    # Submission records, summaries, scores, decisions and the current criteria.
    db = tm.add(
        tg.DataStore(
            "Submissions database",
            stores={submission, summary, decision, criteria},
            controls={
                c.EncryptionAtRest(key_management="cloud provider default keys"),
                c.RetentionLimits(days=365),
            },
        )
    )
    # Sends each new submission to the LLM and stores what comes back.
    worker = tm.add(
        tg.Service(
            "Demo screening worker",
            description="Queue consumer: builds the prompt, calls the LLM, parses the "
            "summary and score, writes them back.",
        )
    )
    # The A&R team's internal web app for the ranked list.
    dashboard = tm.add(
        tg.Service(
            "A&R dashboard",
            controls={c.Authentication(method="Google Workspace SSO (OIDC)")},
        )
    )

with tm.boundary("Model vendor", trust=tg.Trust.PARTNER):
    # Listens to the audio and writes the summary and score.
    llm = tm.add(
        tg.LLM(
            "Hosted audio LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="A vendor's multimodal model that accepts audio input.",
        )
    )

with tm.boundary("Google Workspace", trust=tg.Trust.PARTNER):
    # The label's staff accounts; the dashboard signs people in through it.
    idp = tm.add(tg.ExternalService("Google sign-in", provides="identity-provider"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends the pass and shortlist e-mails to artists.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Label office", trust=tg.Trust.INTERNAL):
    # Scouts who listen, decide and edit the screening criteria.
    scout = tm.add(tg.Actor("A&R scout", role="A&R staff"))

# ---------------------------------------------------------------- flows
tm.flow(artist, portal, submission, demo_audio, protocol="https")
tm.flow(portal, artist, receipt, protocol="https")
tm.flow(portal, bucket, demo_audio)
tm.flow(portal, db, submission)

tm.flow(db, worker, submission, criteria, label="new submission")
tm.flow(bucket, worker, demo_audio)
tm.flow(streaming, worker, linked_tracks, protocol="https", label="fetch linked tracks")
tm.flow(worker, llm, screening_prompt, protocol="https")
tm.flow(llm, worker, summary, protocol="https")
tm.flow(worker, db, summary)

tm.flow(scout, dashboard, decision, criteria, protocol="https")
tm.flow(dashboard, scout, shortlist, demo_audio, protocol="https")
tm.flow(idp, dashboard, id_token, protocol="oidc")
tm.flow(db, dashboard, shortlist)
tm.flow(bucket, dashboard, demo_audio, label="playback")
tm.flow(dashboard, db, decision, criteria)
tm.flow(dashboard, mailer, outcome_email, protocol="https")
tm.flow(mailer, artist, outcome_email, protocol="smtp")
