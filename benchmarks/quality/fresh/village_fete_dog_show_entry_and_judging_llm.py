"""Village fete dog show: online entries, LLM-written class lists and rosette cards.

The fete committee takes dog show entries through an online form (owner's name,
address, phone, e-mail, dog's name, breed and classes entered), which lands in a
shared spreadsheet in the committee's cloud office suite. On the day, each judge
dictates placings and comments at the ring into the ring steward's phone; the
voice memos upload to a shared notes folder. A small results script on the show
secretary's laptop sends the memos to a hosted speech-to-text API and the
transcripts, with the entries, to a hosted LLM, which drafts the class lists and
rosette card wording into a results folder. The secretary reads the drafts,
prints the cards, and ticks each class as approved; the script then posts that
class's results to the fete's social media page. Controls in this first design:
the form checks its fields, committee members sign in to the office suite with
their own accounts, and nothing is posted until the secretary approves the class.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Village fete dog show entries and judging LLM",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Online dog show entries; a hosted LLM turns judges' dictated notes "
    "into class lists and rosette cards; results are posted to social media.",
)

# ---------------------------------------------------------------- data assets
entry = tg.Data(
    "Dog show entry",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Owner's name, address, phone and e-mail; dog's name, breed, age; classes.",
)
confirmation = tg.Data("Entry confirmation", sensitivity=tg.Sensitivity.PII, kind="records")
spoken_notes = tg.Data(
    "Judge's spoken notes",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="Voice memo per class: ring numbers, placings, handlers' names, comments.",
)
transcript = tg.Data("Notes transcript", sensitivity=tg.Sensitivity.PII, kind="documents")
llm_prompt = tg.Data(
    "Drafting prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Instructions, the class's entries and the judge's transcript.",
)
drafts = tg.Data(
    "Class lists and rosette card text",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
approval = tg.Data("Class results approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
results_post = tg.Data(
    "Published class results",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Placings with dog and owner names, posted per class.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can enter a dog through the public form.
    owner = tm.add(tg.Actor("Dog owner", role="entrant"))
    # The fete's page on a social network, where results are posted.
    page = tm.add(tg.ExternalService("Fete social media page"))
    # Villagers and entrants who follow the page.
    public = tm.add(tg.Actor("Page follower", role="public"))

with tm.boundary("Cloud office suite", trust=tg.Trust.PARTNER):
    # Hosted form linked from the fete's website and posters.
    form = tm.add(
        tg.Endpoint(
            "Online entry form",
            purpose=tg.EndpointPurpose.API,
            controls={c.InputValidation(note="required fields, e-mail and phone formats")},
        )
    )
    # Every entry, one row each; the secretary also edits it on the day.
    entries = tm.add(
        tg.DataStore(
            "Entries spreadsheet",
            stores={entry},
            controls={
                c.Authentication(method="committee members' own accounts, password"),
                c.RBAC(note="shared only with the committee"),
            },
        )
    )
    # Voice memos uploaded from the ring steward's phone.
    notes_folder = tm.add(
        tg.DataStore(
            "Judges' notes folder",
            stores={spoken_notes},
            controls={c.Authentication(method="committee members' own accounts, password")},
        )
    )
    # Drafted class lists and rosette cards for the secretary to check and print.
    results_folder = tm.add(
        tg.DataStore(
            "Results folder",
            stores={drafts},
            controls={c.Authentication(method="committee members' own accounts, password")},
        )
    )

with tm.boundary("AI vendor", trust=tg.Trust.PARTNER):
    # Turns the dictated memos into text.
    stt = tm.add(
        tg.Model(
            "Speech-to-text API",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )
    # Writes class lists and rosette card wording from entries and transcripts.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Showground", trust=tg.Trust.INTERNAL):
    # Dictates placings and comments after each class.
    judge = tm.add(tg.Actor("Judge", role="judge"))
    # The ring steward's own phone, recording voice memos.
    phone = tm.add(tg.Device("Ring steward phone", fleet=False))

with tm.boundary("Secretary's laptop", trust=tg.Trust.INTERNAL):
    # Runs the show, checks the drafts, prints the cards, approves each class.
    secretary = tm.add(tg.Actor("Show secretary", role="committee member", privileged=True))
    # Glue script: fetches entries and memos, calls the AI APIs, posts results.
    script = tm.add(
        tg.Service(
            "Results script",
            controls={
                c.HumanInTheLoop(
                    approver="the show secretary",
                    note="a class's results are posted once the secretary ticks it approved",
                )
            },
        )
    )

# ---------------------------------------------------------------- flows
# Entries
tm.flow(owner, form, entry, protocol="https")
tm.flow(form, owner, confirmation, protocol="https")
tm.flow(form, entries, entry)
tm.flow(secretary, entries, entry, protocol="https", label="on-the-day entries and changes")
tm.flow(entries, secretary, entry, protocol="https")

# Judging notes
tm.flow(judge, phone, spoken_notes, label="dictated in person at the ring")
tm.flow(phone, notes_folder, spoken_notes, protocol="https")

# Drafting
tm.flow(entries, script, entry, protocol="https")
tm.flow(notes_folder, script, spoken_notes, protocol="https")
tm.flow(script, stt, spoken_notes, protocol="https")
tm.flow(stt, script, transcript, protocol="https")
tm.flow(script, llm, llm_prompt, protocol="https")
tm.flow(llm, script, drafts, protocol="https")
tm.flow(script, results_folder, drafts, protocol="https")
tm.flow(results_folder, secretary, drafts, protocol="https", label="checked and printed")

# Publishing
tm.flow(secretary, script, approval, protocol="local", label="ticks each class approved")
tm.flow(script, page, results_post, protocol="https")
tm.flow(page, public, results_post, protocol="https")
